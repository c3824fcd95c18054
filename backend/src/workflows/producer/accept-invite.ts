import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { operatingRulesConsentRowsStep } from "../legal/steps/operating-rules-consent"
import { recordConsentsStep } from "../legal/steps/record-consents"
import { acceptProducerInviteStep, type AcceptInviteInput } from "./steps/accept-invite"

export const acceptProducerInviteWorkflowId = "accept-producer-invite"
/**
 * The invited account accepts: it acts for the producer as staff from its next request, under the
 * operating rules, whose consent is recorded with the membership.
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: AcceptInviteInput) => {
    const joined = acceptProducerInviteStep(input)
    const consents = operatingRulesConsentRowsStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        channel: "producer_invite" as const,
        joining: true,
      })),
    )
    recordConsentsStep(consents)
    return new WorkflowResponse(joined)
  },
)
