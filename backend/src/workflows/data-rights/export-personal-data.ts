import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeDataRequestStep } from "./steps/complete-request"
import { collectPersonalDataStep } from "./steps/collect"
import { recordDataRequestStep } from "./steps/record-request"

export type ExportPersonalDataInput = {
  customerIds: string[]
  email: string
  channel: "self" | "official"
  officialId?: string
  reference?: string
}

/**
 * The data-subject's copy of its data: one JSON file, each customer record (an account, and in an
 * official's run every guest record of the address) with every source's part. Recorded as a request.
 */
export const exportPersonalDataWorkflow = createWorkflow("export-personal-data", (input: ExportPersonalDataInput) => {
  const request = transform({ input }, ({ input }) => ({
    kind: "export" as const,
    customerId: input.customerIds[0],
    channel: input.channel,
    officialId: input.officialId,
    reference: input.reference,
  }))
  const requestId = recordDataRequestStep(request)
  const file = collectPersonalDataStep({ customerIds: input.customerIds, email: input.email })
  completeDataRequestStep(requestId)
  return new WorkflowResponse(file)
})
