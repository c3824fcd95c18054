import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type RecordPriceChangesInput = {
  producer_id: string
  product_id: string
  actor: { id: string; label: string }
  changes: { variant_id: string; old_amount: number | null; new_amount: number }[]
}

/** Keeps each price change (who, when, old, new) as the price's history; undone with the edit. */
export const recordPriceChangesStep = createStep(
  "record-producer-price-changes",
  async (input: RecordPriceChangesInput, { container }) => {
    if (!input.changes.length) return new StepResponse([], [] as string[])
    const rows = await producerOf(container).createProducerPriceChanges(
      input.changes.map((c) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
        variant_id: c.variant_id,
        old_amount: c.old_amount,
        new_amount: c.new_amount,
        changed_by_id: input.actor.id,
        changed_by: input.actor.label,
      })),
    )
    return new StepResponse(
      rows,
      rows.map((r) => r.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await producerOf(container).deleteProducerPriceChanges(ids)
  },
)
