import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MyReviewResponse, MyReviewsResponse } from "@ocop/core"
import { answeringConflicts } from "../../../../answering-conflicts"
import { reviewableItem } from "../../../../../read-models/reviews/delivered-items"
import { myReviews } from "../../../../../read-models/reviews/my-reviews"
import { productFacts } from "../../../../../read-models/reviews/product-facts"
import { decidedReview } from "../../../../../read-models/reviews/views"
import { formFiles } from "../../../../../uploads/images"
import { reviewPhotos } from "../../../../../uploads/review-photos"
import { createReviewWorkflow } from "../../../../../workflows/reviews/create-review"
import { reviewsOf } from "../../../../../workflows/reviews/steps/reviews-of"
import type { StoreCreateReview } from "./validators"

/** GET /store/ocop/me/reviews — the lines the shopper may review, its reviews, its helpful votes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json((await myReviews(req.scope, req.auth_context.actor_id)) satisfies MyReviewsResponse)
}

/**
 * POST /store/ocop/me/reviews — a review of a delivered line the shopper bought (JSON, or a form with
 * up to three photos in `photos`). The line is checked before any photo is decoded, and every photo
 * is decoded before any is stored: a refusal stores nothing. 201 with the review, waiting for an
 * official; a line already reviewed is 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReview>, res: MedusaResponse) {
  const customer_id = req.auth_context.actor_id
  const body = req.validatedBody
  const reviews = reviewsOf(req.scope)
  const reviewed = async (itemId: string) =>
    (await reviews.listProductReviews({ item_id: itemId }, { take: 1 })).length > 0
  await answeringConflicts(res, async () => {
    await reviewableItem(req.scope, customer_id, body.item_id, reviewed)
    const photos = await reviewPhotos(formFiles(req))
    const { result } = await createReviewWorkflow(req.scope).run({ input: { customer_id, ...body, photos } })
    const [row] = await reviews.listProductReviews({ id: result.id, customer_id }, { take: 1 })
    const { moderated_at: _moderated_at, ...review } = decidedReview(
      row,
      (await productFacts(req.scope, [row.product_id])).get(row.product_id),
    )
    res.status(201).json({ review } satisfies MyReviewResponse)
  })
}
