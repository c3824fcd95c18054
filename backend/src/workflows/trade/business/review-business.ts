import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { syncProducerStep } from "../../producer/steps/sync-producer"
import { ensureWarehouseStep } from "../../producer-stock/steps/ensure-warehouse"
import { businessReviewLock } from "./lock"
import { checkBusinessReviewStep } from "./steps/check-business-review"
import { updateBusinessStep } from "./steps/update-business"
import type { ReviewBusinessInput } from "./types"

export const reviewBusinessWorkflowId = "review-business"

/**
 * An official verifies (and for a producer, ties to its OCOP subject) or rejects a business; a
 * producer's account becomes the owner of its producer workspace, or loses it when rejected.
 */
export const reviewBusinessWorkflow = createWorkflow(reviewBusinessWorkflowId, (input: ReviewBusinessInput) => {
  acquireLockStep(businessReviewLock)
  const current = checkBusinessReviewStep(input)
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
  // A verified producer's account owns its producer workspace from this moment (docs/producers.md).
  syncProducerStep(
    transform({ input, current }, ({ input, current }) => ({
      business_id: input.id,
      subject_id: input.status === "verified" && current.type === "producer" ? (input.subject_id ?? null) : null,
      customer_id: current.customer_id,
    })),
  )
  // …with its own warehouse, a stock location the storefront's sales channel counts (docs/producers.md).
  ensureWarehouseStep(transform({ input }, ({ input }) => ({ business_id: input.id })))
  releaseLockStep(businessReviewLock)
  return new WorkflowResponse(business)
})
