import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkExhibitorStep } from "./steps/check-exhibitor"
import { saveExhibitorRecordStep } from "./steps/save-exhibitor-record"
import type { ExhibitorInput } from "./types"

export const saveExhibitorWorkflowId = "save-trade-exhibitor"
/** Adds a producer to an event's exhibitors (or updates its booth and products). */
export const saveExhibitorWorkflow = createWorkflow(
  saveExhibitorWorkflowId,
  (input: { event_id: string; exhibitor: ExhibitorInput }) => {
    const existing = checkExhibitorStep(input)
    const record = saveExhibitorRecordStep(
      transform({ input, existing }, ({ input, existing }) => ({
        id: existing ?? undefined,
        data: { ...input.exhibitor, event_id: input.event_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)
