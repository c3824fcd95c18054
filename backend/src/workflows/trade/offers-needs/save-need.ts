import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkNeedStep } from "./steps/check-need"
import { saveNeedRecordStep } from "./steps/save-need-record"
import type { NeedInput } from "./types"

export const saveNeedWorkflowId = "save-trade-need"
/** Creates or updates a buyer's need. */
export const saveNeedWorkflow = createWorkflow(
  saveNeedWorkflowId,
  (input: { business_id: string; id?: string; need: NeedInput }) => {
    checkNeedStep(input)
    const record = saveNeedRecordStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        data: { ...input.need, business_id: input.business_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)
