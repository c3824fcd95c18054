import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { answerMeetingStep } from "./steps/answer-meeting"
import type { MeetingAnswer } from "./types"

export const answerMeetingWorkflowId = "answer-trade-meeting"
/** The counterpart accepts or declines a meeting request; either party cancels the meeting. */
export const answerMeetingWorkflow = createWorkflow(
  answerMeetingWorkflowId,
  (input: { business_id: string; meeting_id: string; answer: MeetingAnswer }) =>
    new WorkflowResponse(answerMeetingStep(input)),
)
