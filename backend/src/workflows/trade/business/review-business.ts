import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { businessReviewLock } from "./lock"
import { checkBusinessReviewStep } from "./steps/check-business-review"
import { updateBusinessStep } from "./steps/update-business"
import type { ReviewBusinessInput } from "./types"

export const reviewBusinessWorkflowId = "review-business"

/** An official verifies (and for a producer, ties to its OCOP subject) or rejects a business. */
export const reviewBusinessWorkflow = createWorkflow(reviewBusinessWorkflowId, (input: ReviewBusinessInput) => {
  acquireLockStep(businessReviewLock)
  checkBusinessReviewStep(input)
  const business = updateBusinessStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      data: {
        status: input.status,
        subject_id: input.status === "verified" ? (input.subject_id ?? null) : null,
        review_note: input.note ?? null,
        verified_at: input.status === "verified" ? new Date() : null,
        verified_by: input.official_id,
      },
    })),
  )
  releaseLockStep(businessReviewLock)
  return new WorkflowResponse(business)
})
