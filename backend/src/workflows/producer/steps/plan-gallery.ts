import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { galleryOf, planGallery, type GalleryEdit, type GalleryPhoto, type GalleryPlan } from "../gallery"
import { producerOf } from "./producer-of"

export type PlanGalleryInput = { product_id: string; gallery?: GalleryEdit; hold_gallery?: boolean }

const NOTHING: GalleryPlan = { live: null, held: null, drop_files: [] }

/**
 * Reads the product's live gallery (its Medusa images) and the gallery waiting in its open change
 * request, and plans the edit (`planGallery`). Writes nothing; no edit, no reads.
 */
export const planGalleryStep = createStep("plan-producer-gallery", async (input: PlanGalleryInput, { container }) => {
  if (!input.gallery) return new StepResponse(NOTHING)
  const [{ data }, [open]] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["images.id", "images.url", "images.rank", "images.metadata"],
      filters: { id: input.product_id },
    }),
    producerOf(container).listProducerChangeRequests({ product_id: input.product_id, status: "open" }, { take: 1 }),
  ])
  const live = galleryOf((data[0] as { images?: Parameters<typeof galleryOf>[0] } | undefined)?.images)
  const held = ((open?.proposed ?? {}) as { gallery?: GalleryPhoto[] }).gallery ?? null
  return new StepResponse(planGallery({ live, held }, input.gallery, !!input.hold_gallery))
})
