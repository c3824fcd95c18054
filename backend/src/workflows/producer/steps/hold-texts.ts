import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GalleryPhoto } from "../gallery"
import type { ProductTexts } from "./plan-product-edit"
import { producerOf } from "./producer-of"

export type HoldTextsInput = {
  producer_id: string
  product_id: string
  actor: { id: string; label: string }
  /** Texts, and the whole gallery in its new order when photos changed. */
  hold: ProductTexts & { gallery?: GalleryPhoto[] }
}

type Undo = {
  created?: string
  updated?: { id: string; proposed: Record<string, unknown>; requested_by_id: string; requested_by: string }
}

/**
 * Holds texts (and a gallery) for an official: a new open change request for the product, or the open
 * one with the new ones merged in (one open request per product; the newest text of a field, and the
 * newest gallery, wins).
 */
export const holdTextsStep = createStep(
  "hold-producer-texts",
  async (input: HoldTextsInput, { container }) => {
    const producers = producerOf(container)
    if (!Object.keys(input.hold).length) return new StepResponse(null, {} as Undo)
    const [open] = await producers.listProducerChangeRequests(
      { product_id: input.product_id, status: "open" },
      { take: 1 },
    )
    if (open) {
      const previous = (open.proposed ?? {}) as Record<string, unknown>
      const updated = await producers.updateProducerChangeRequests({
        id: open.id,
        proposed: { ...previous, ...input.hold },
        requested_by_id: input.actor.id,
        requested_by: input.actor.label,
      })
      return new StepResponse(updated, {
        updated: {
          id: open.id,
          proposed: previous,
          requested_by_id: open.requested_by_id,
          requested_by: open.requested_by,
        },
      } as Undo)
    }
    const created = await producers.createProducerChangeRequests({
      producer_id: input.producer_id,
      product_id: input.product_id,
      proposed: input.hold,
      status: "open",
      requested_by_id: input.actor.id,
      requested_by: input.actor.label,
    })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    const producers = producerOf(container)
    if (undo?.created) await producers.deleteProducerChangeRequests(undo.created)
    if (undo?.updated) await producers.updateProducerChangeRequests(undo.updated)
  },
)
