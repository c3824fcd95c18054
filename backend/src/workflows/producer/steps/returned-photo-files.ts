import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { droppedFiles, galleryOf, type GalleryPhoto } from "../gallery"
import { producerOf } from "./producer-of"

/**
 * The files of photos that waited in a returned change request and are not in the live gallery:
 * uploaded for the review, they will never be shown. Reads only.
 */
export const returnedPhotoFilesStep = createStep(
  "returned-producer-photo-files",
  async (input: { id: string }, { container }) => {
    const [request] = await producerOf(container).listProducerChangeRequests({ id: input.id }, { take: 1 })
    const held = ((request?.proposed ?? {}) as { gallery?: GalleryPhoto[] }).gallery
    if (!request || !held?.length) return new StepResponse([] as string[])
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["images.id", "images.url", "images.rank", "images.metadata"],
      filters: { id: request.product_id },
    })
    const live = galleryOf((data[0] as { images?: Parameters<typeof galleryOf>[0] } | undefined)?.images)
    return new StepResponse(droppedFiles([held], [live]))
  },
)
