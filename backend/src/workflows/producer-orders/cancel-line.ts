import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { refundCanceledLinesWorkflow } from "./refund-canceled-lines"
import { cancelLineStep, markLineEditedStep, orderOfPartStep, type CancelLineInput } from "./steps/cancel-line"
import { notifyShopperStep } from "./steps/notify-shopper"

/**
 * The producer cancels a line it cannot supply, with a reason: the line is taken (only before its
 * part ships), the order is edited through Medusa's order edit (the line's quantity to 0, so the
 * order's total and reservations follow), the shopper is refunded where it paid already, and told.
 * Cancellations of one order run one at a time (Medusa allows one open order edit per order).
 */
export const cancelLineWorkflow = createWorkflow("cancel-producer-order-line", (input: CancelLineInput) => {
  const order = orderOfPartStep(input)
  const lock = transform({ order }, ({ order }) => `producer-order-edit:${order.order_id}`)
  acquireLockStep({ key: lock, timeout: 15, ttl: 60 })
  const canceled = cancelLineStep(
    transform({ input, order }, ({ input, order }) => ({ ...input, status: order.status })),
  )
  const orderId = transform({ order }, ({ order }) => order.order_id)
  beginOrderEditOrderWorkflow.runAsStep({
    input: transform({ orderId, input }, ({ orderId, input }) => ({
      order_id: orderId,
      internal_note: `Cancelled by the producer: ${input.reason}`,
      created_by: input.by,
    })),
  })
  orderEditUpdateItemQuantityWorkflow.runAsStep({
    input: transform({ orderId, canceled }, ({ orderId, canceled }) => ({
      order_id: orderId,
      items: [{ id: canceled.item_id, quantity: 0 }],
    })),
  })
  confirmOrderEditRequestWorkflow.runAsStep({
    input: transform({ orderId, input }, ({ orderId, input }) => ({ order_id: orderId, confirmed_by: input.by })),
  })
  markLineEditedStep({ line_id: input.line_id })
  const refund = refundCanceledLinesWorkflow.runAsStep({ input: { order_id: orderId } })
  notifyShopperStep(
    transform({ input, refund, canceled }, ({ input, refund, canceled }) => ({
      part_id: input.part_id,
      news: "line_canceled" as const,
      line_id: input.line_id,
      refunded: refund?.line_ids.includes(input.line_id) ? canceled.value : 0,
    })),
  )
  releaseLockStep({ key: lock })
  return new WorkflowResponse(canceled)
})
