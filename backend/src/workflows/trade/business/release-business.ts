import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { syncProducerStep } from "../../producer/steps/sync-producer"
import { businessReviewLock } from "./lock"
import { checkBusinessReleaseStep } from "./steps/check-business-release"
import { updateBusinessStep } from "./steps/update-business"
import type { ReleaseBusinessInput } from "./types"

export const releaseBusinessWorkflowId = "release-business"
/**
 * An official takes a verified profile's tax code back (a squatter, or a business that closed):
 * the profile is rejected with the reason and frees its code, and its OCOP subject, for the
 * business that proves them. Its producer workspace, if any, closes.
 */
export const releaseBusinessWorkflow = createWorkflow(releaseBusinessWorkflowId, (input: ReleaseBusinessInput) => {
  acquireLockStep(businessReviewLock)
  checkBusinessReleaseStep(input)
  const business = updateBusinessStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      data: {
        status: "rejected" as const,
        subject_id: null,
        review_note: input.reason,
        verified_at: null,
        verified_by: input.official_id,
      },
    })),
  )
  // Its producer workspace closes with it: members and invitations stop at once.
  syncProducerStep(
    transform({ input, business }, ({ input, business }) => ({
      business_id: input.id,
      subject_id: null,
      customer_id: business.customer_id,
    })),
  )
  releaseLockStep(businessReviewLock)
  return new WorkflowResponse(business)
})
