import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { PhotoToStore } from "../producer/add-photos"
import { checkReviewableStep } from "./steps/check-reviewable"
import { createReviewStep } from "./steps/create-review"

export type CreateReviewInput = {
  customer_id: string
  item_id: string
  rating: number
  text: string
  /** Already decoded and re-encoded as WebP widths without metadata (src/uploads/review-photos.ts). */
  photos: PhotoToStore[]
  /** The demo dataset's reviews only. */
  demo?: boolean
}

export const createReviewWorkflowId = "create-product-review"
/**
 * A buyer reviews a delivered line it bought: the line is checked (its own, delivered, not reviewed),
 * the photos stored as public files through the File Module, and the review written, waiting for an
 * official. A refusal after the upload (the same line reviewed meanwhile) deletes the files again.
 */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: CreateReviewInput) => {
  const item = checkReviewableStep({ customer_id: input.customer_id, item_id: input.item_id })
  const files = transform({ input }, ({ input }) => ({
    files: input.photos.flatMap((photo) =>
      photo.widths.map((w) => ({
        filename: `review-photos/${photo.id.replace(/^\w+_/, "").toLowerCase()}-${w.width}w.webp`,
        mimeType: "image/webp",
        content: w.content,
        access: "public" as const,
      })),
    ),
  }))
  const stored = uploadFilesStep(files)
  const data = transform({ input, item, stored }, ({ input, item, stored }) => {
    let next = 0
    const photos = input.photos.map((photo) => {
      const widths = photo.widths.map((w) => ({ width: w.width, height: w.height, ...stored[next++] }))
      return {
        id: photo.id,
        url: widths[widths.length - 1].url,
        widths: widths.map(({ width, height, url }) => ({ width, height, url })),
        file_ids: widths.map((w) => w.id),
      }
    })
    return {
      product_id: item.product_id,
      variant_id: item.variant_id,
      variant_title: item.variant_title,
      order_id: item.order_id,
      item_id: item.item_id,
      customer_id: input.customer_id,
      author_name: item.author_name,
      rating: input.rating,
      text: input.text,
      photos,
      demo: input.demo ?? false,
    }
  })
  return new WorkflowResponse(createReviewStep(data))
})
