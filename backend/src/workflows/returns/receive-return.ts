import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { moveReturnStep } from "./steps/move-return"
import { notifyReturnStep } from "./steps/notify-return"
import type { ReturnOwner } from "./steps/returns-of"

export type ReceiveReturnInput = ReturnOwner & { id: string; by: string }

export const receiveReturnWorkflowId = "receive-return-request"
/**
 * The producer (or an official) has the parcel back: Medusa's receive (`beginReceiveReturnWorkflow`,
 * `receiveItemReturnRequestWorkflow`, `confirmReturnReceiveWorkflow`) puts the items back in stock
 * at the return's location and leaves the order owing the shopper their value, which the refund
 * then pays. Once, by a conditional update.
 */
export const receiveReturnWorkflow = createWorkflow(receiveReturnWorkflowId, (input: ReceiveReturnInput) => {
  const before = moveReturnStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      producer_id: input.producer_id,
      move: "receive" as const,
      to: "received",
      fields: { received_at: new Date(), received_by: input.by },
    })),
  )
  const lock = transform({ before }, ({ before }) => `producer-order-edit:${before.order_id}`)
  acquireLockStep({ key: lock, timeout: 15, ttl: 60 })
  const returnId = transform({ before }, ({ before }) => before.return_id as string)
  beginReceiveReturnWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, created_by: input.by })),
  })
  receiveItemReturnRequestWorkflow.runAsStep({
    input: transform({ before, returnId }, ({ before, returnId }) => ({
      return_id: returnId,
      items: (before.lines ?? []).map((l) => ({ id: l.item_id, quantity: l.quantity })),
    })),
  })
  confirmReturnReceiveWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.by })),
  })
  releaseLockStep({ key: lock })
  notifyReturnStep(transform({ input }, ({ input }) => ({ id: input.id, news: "received" as const })))
  return new WorkflowResponse(before)
})
