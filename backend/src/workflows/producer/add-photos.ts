import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { GalleryPhoto } from "./gallery"
import { editProducerProductWorkflow } from "./edit-product"

/** One photo ready to store: its id, and each width's WebP (base64, as the File Module takes it). */
export type PhotoToStore = { id: string; widths: { width: number; height: number; content: string }[] }

export type AddPhotosInput = {
  producer_id: string
  product_id: string
  handle: string
  actor: { id: string; label: string }
  /** The product's group is in review mode: the new gallery waits for an official. */
  hold: boolean
  photos: PhotoToStore[]
}

export const addProducerPhotosWorkflowId = "add-producer-photos"
/**
 * A producer's new photos of one product: every width of every photo stored as a public file through
 * Medusa's File Module (`uploadFilesStep`), then added after the gallery's other photos by the
 * producer's edit workflow, live or held for review. A failure after the upload (the gallery full
 * meanwhile, a database error) deletes the files again: nothing is left half-written.
 */
export const addProducerPhotosWorkflow = createWorkflow(addProducerPhotosWorkflowId, (input: AddPhotosInput) => {
  const files = transform({ input }, ({ input }) => ({
    files: input.photos.flatMap((photo) =>
      photo.widths.map((w) => ({
        filename: `producer-photos/${input.handle}-${photo.id.replace(/^pph_/, "").toLowerCase()}-${w.width}w.webp`,
        mimeType: "image/webp",
        content: w.content,
        access: "public" as const,
      })),
    ),
  }))
  const stored = uploadFilesStep(files)
  const edit = transform({ input, stored }, ({ input, stored }) => {
    let next = 0
    const add = input.photos.map((photo): GalleryPhoto => {
      const widths = photo.widths.map((w) => ({ width: w.width, height: w.height, ...stored[next++] }))
      return {
        id: photo.id,
        url: widths[widths.length - 1].url,
        widths: widths.map(({ width, height, url }) => ({ width, height, url })),
        file_ids: widths.map((w) => w.id),
      }
    })
    return {
      producer_id: input.producer_id,
      product_id: input.product_id,
      actor: input.actor,
      texts: {},
      hold: {},
      variants: [],
      gallery: { add },
      hold_gallery: input.hold,
    }
  })
  editProducerProductWorkflow.runAsStep({ input: edit })
  return new WorkflowResponse(edit)
})
