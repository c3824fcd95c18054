import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkTradeEventStep } from "./steps/check-trade-event"
import { saveTradeEventRecordStep } from "./steps/save-trade-event-record"
import type { TradeEventInput } from "./types"

export const saveTradeEventWorkflowId = "save-trade-event"
/** Creates or updates a fair, conference, delegation or festival. */
export const saveTradeEventWorkflow = createWorkflow(
  saveTradeEventWorkflowId,
  (input: { id?: string; event: TradeEventInput }) => {
    checkTradeEventStep(input)
    const record = saveTradeEventRecordStep(transform({ input }, ({ input }) => ({ id: input.id, data: input.event })))
    return new WorkflowResponse(record)
  },
)
