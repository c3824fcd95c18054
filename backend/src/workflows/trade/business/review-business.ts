import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkBusinessReviewStep } from "./steps/check-business-review"
import { updateBusinessStep } from "./steps/update-business"
import type { ReviewBusinessInput } from "./types"

export const reviewBusinessWorkflowId = "review-business"
/**
 * Reviews run one at a time: the check that an OCOP subject has no other verified account and the
 * write that verifies this one must not interleave with another review. One key for all reviews
 * (they are rare, and the locking module takes several keys one by one, not atomically).
 */
const REVIEW_LOCK = "trade-business-review"

/** An official verifies (and for a producer, ties to its OCOP subject) or rejects a business. */
export const reviewBusinessWorkflow = createWorkflow(reviewBusinessWorkflowId, (input: ReviewBusinessInput) => {
  acquireLockStep({ key: REVIEW_LOCK, timeout: 30, ttl: 60 })
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
  releaseLockStep({ key: REVIEW_LOCK })
  return new WorkflowResponse(business)
})
