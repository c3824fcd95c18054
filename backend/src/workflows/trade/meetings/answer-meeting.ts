import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { answerMeetingStep } from "./steps/answer-meeting"
import type { MeetingAnswer } from "./types"

export const answerMeetingWorkflowId = "answer-trade-meeting"
/**
 * The counterpart accepts or declines a meeting request; either party cancels the meeting. Answers
 * to one meeting run one at a time, so the second sees the first's outcome (a declined meeting is
 * never booked, an accepted one never declined behind its booking).
 */
export const answerMeetingWorkflow = createWorkflow(
  answerMeetingWorkflowId,
  (input: { business_id: string; meeting_id: string; answer: MeetingAnswer }) => {
    const lock = transform({ input }, ({ input }) => ({
      key: `trade-meeting:${input.meeting_id}`,
      timeout: 30,
      ttl: 60,
    }))
    acquireLockStep(lock)
    const meeting = answerMeetingStep(input)
    releaseLockStep(lock)
    return new WorkflowResponse(meeting)
  },
)
