import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkMeetingRequestStep } from "./steps/check-meeting-request"
import { createMeetingsStep } from "./steps/create-meetings"
import { registerEventBuyerStep } from "./steps/register-event-buyer"
import type { MeetingRequest } from "./types"

export const requestMeetingWorkflowId = "request-trade-meeting"
/** A business asks another for a meeting in one slot of a fair; it attends the fair as a buyer. */
export const requestMeetingWorkflow = createWorkflow(
  requestMeetingWorkflowId,
  (input: { business_id: string; request: MeetingRequest }) => {
    const checked = checkMeetingRequestStep(input)
    registerEventBuyerStep(
      transform({ input, checked }, ({ input, checked }) => ({
        event_id: checked.event_id,
        business_id: input.business_id,
      })),
    )
    const meetings = createMeetingsStep(
      transform({ input, checked }, ({ input, checked }) => [
        {
          ...input.request,
          slot_start: new Date(checked.slot),
          requester_id: input.business_id,
          status: "requested" as const,
        },
      ]),
    )
    return new WorkflowResponse(transform({ meetings }, ({ meetings }) => meetings[0]))
  },
)
