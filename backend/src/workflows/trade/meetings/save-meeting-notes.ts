import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMeetingStep } from "./steps/update-meeting"

export const saveMeetingNotesWorkflowId = "save-trade-meeting-notes"
/** A party's own notes on the outcome of a meeting (each party writes only its own field). */
export const saveMeetingNotesWorkflow = createWorkflow(
  saveMeetingNotesWorkflowId,
  (input: { meeting_id: string; field: "requester_notes" | "counterpart_notes"; notes: string }) => {
    const meeting = updateMeetingStep(
      transform({ input }, ({ input }) => ({
        id: input.meeting_id,
        data: input.field === "requester_notes" ? { requester_notes: input.notes } : { counterpart_notes: input.notes },
      })),
    )
    return new WorkflowResponse(meeting)
  },
)
