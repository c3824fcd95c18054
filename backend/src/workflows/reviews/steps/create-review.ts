import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredReviewPhoto } from "../../../modules/review/service"
import { reviewsOf } from "./reviews-of"

export type CreateReviewData = {
  product_id: string
  variant_id: string | null
  variant_title: string | null
  order_id: string
  item_id: string
  customer_id: string
  author_name: string | null
  rating: number
  text: string
  photos: StoredReviewPhoto[]
  demo: boolean
}

const unique = (error: unknown) =>
  /unique|duplicate key|already exists/i.test(String((error as Error)?.message ?? error))

export const createReviewStepId = "create-product-review"
/**
 * Writes the review, waiting for moderation. Two requests for one line at once both pass the check;
 * the database's unique index on the line takes one, and the other is told 409 (its photos are then
 * deleted by the upload step's compensation). Undone by deleting the review.
 */
export const createReviewStep = createStep(
  createReviewStepId,
  async (data: CreateReviewData, { container }) => {
    try {
      const review = await reviewsOf(container).createProductReviews({
        ...data,
        photos: { items: data.photos },
      } as never)
      const { id } = review as unknown as { id: string }
      return new StepResponse({ id }, id)
    } catch (error) {
      if (unique(error))
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "This item has already been reviewed: one review per item bought",
        )
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await reviewsOf(container).deleteProductReviews(id)
  },
)
