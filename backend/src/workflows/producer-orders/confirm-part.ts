import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { movePartStep } from "./steps/move-part"

export type PartActionInput = { id: string; producer_id: string; by: string }

/** The producer confirms it will supply its part of an order. */
export const confirmPartWorkflow = createWorkflow("confirm-producer-order", (input: PartActionInput) => {
  return new WorkflowResponse(
    movePartStep({
      id: input.id,
      producer_id: input.producer_id,
      action: "confirm",
      fields: { updated_by_id: input.by },
    }),
  )
})
