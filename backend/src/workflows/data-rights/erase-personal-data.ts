import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeDataRequestStep } from "./steps/complete-request"
import { eraseFromSourcesStep } from "./steps/erase-sources"
import { recordDataRequestStep } from "./steps/record-request"

export type ErasePersonalDataInput = {
  customerId: string
  /** The account's address as it was, to find what the person did under it (invitations). */
  email: string
  channel: "self" | "official"
  officialId?: string
  reference?: string
}

/**
 * Erases a person's data (Personal Data Protection Law 91/2025/QH15): every source's personal
 * fields emptied or anonymised, the sale and agreement records kept with only their legal fields,
 * the account removed so it cannot sign in (docs/compliance.md).
 */
export const erasePersonalDataWorkflow = createWorkflow("erase-personal-data", (input: ErasePersonalDataInput) => {
  const request = transform({ input }, ({ input }) => ({
    kind: "erase" as const,
    customerId: input.customerId,
    channel: input.channel,
    officialId: input.officialId,
    reference: input.reference,
  }))
  const requestId = recordDataRequestStep(request)
  const subject = transform({ input }, ({ input }) => ({ customerId: input.customerId, email: input.email }))
  const erased = eraseFromSourcesStep(subject)
  completeDataRequestStep(requestId)
  return new WorkflowResponse({ requestId, erased })
})
