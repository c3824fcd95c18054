import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Carrier } from "@ocop/core"
import { moveReturnStep } from "./steps/move-return"

export type ShipBackInput = { id: string; order_id: string; carrier: Carrier; tracking_number: string }

export const shipBackWorkflowId = "ship-back-return"
/** The shopper of an accepted return says how the parcel goes back: carrier and tracking number. */
export const shipBackWorkflow = createWorkflow(shipBackWorkflowId, (input: ShipBackInput) => {
  const before = moveReturnStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      order_id: input.order_id,
      move: "ship_back" as const,
      to: "shipped_back",
      fields: { carrier: input.carrier, tracking_number: input.tracking_number, shipped_back_at: new Date() },
    })),
  )
  return new WorkflowResponse(before)
})
