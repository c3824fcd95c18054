import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewableItem } from "../../../read-models/reviews/delivered-items"
import { reviewsOf } from "./reviews-of"

export type CheckReviewableInput = { customer_id: string; item_id: string }

export const checkReviewableStepId = "check-reviewable-item"
/**
 * The line the shopper reviews must be its own, delivered and not reviewed yet (404, 400, 409); the
 * buyer's first name is read here as the review will show it. Reads only: nothing to undo.
 */
export const checkReviewableStep = createStep(
  checkReviewableStepId,
  async (input: CheckReviewableInput, { container }) => {
    const item = await reviewableItem(
      container,
      input.customer_id,
      input.item_id,
      async (itemId) =>
        (await reviewsOf(container).listProductReviews({ item_id: itemId }, { take: 1, select: ["id"] })).length > 0,
    )
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "customer", fields: ["first_name"], filters: { id: input.customer_id } })
    const first = (data[0] as { first_name?: string | null } | undefined)?.first_name?.trim()
    return new StepResponse({ ...item, author_name: first ? first.slice(0, 60) : null })
  },
)
