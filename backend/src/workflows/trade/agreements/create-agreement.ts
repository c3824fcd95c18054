import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkAgreementStep } from "./steps/check-agreement"
import { createAgreementLinesStep } from "./steps/create-agreement-lines"
import { createAgreementsStep } from "./steps/create-agreements"
import type { AgreementInput } from "./types"

export const createAgreementWorkflowId = "create-trade-agreement"
/** A draft MoU or contract between the signed-in business and a counterpart. */
export const createAgreementWorkflow = createWorkflow(
  createAgreementWorkflowId,
  (input: { business_id: string; agreement: AgreementInput }) => {
    const checked = checkAgreementStep(input)
    const agreements = createAgreementsStep(
      transform({ input, checked }, ({ input, checked }) => [
        {
          kind: input.agreement.kind,
          status: "draft" as const,
          buyer_id: checked.buyer_id,
          seller_id: checked.seller_id,
          event_id: input.agreement.event_id ?? null,
          meeting_id: input.agreement.meeting_id ?? null,
          term_start: input.agreement.term_start,
          term_end: input.agreement.term_end,
          value: checked.value,
        },
      ]),
    )
    createAgreementLinesStep(
      transform({ agreements, checked }, ({ agreements, checked }) =>
        checked.lines.map((l) => ({ ...l, agreement_id: agreements[0].id })),
      ),
    )
    return new WorkflowResponse(transform({ agreements }, ({ agreements }) => agreements[0]))
  },
)
