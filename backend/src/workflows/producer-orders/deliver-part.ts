import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import type { PartActionInput } from "./confirm-part"
import { movePartStep } from "./steps/move-part"
import { notifyShopperStep } from "./steps/notify-shopper"
import { readPartStep } from "./steps/read-part"

/** The producer marks its shipped part delivered: Medusa's fulfilment too, and the shopper is e-mailed. */
export const deliverPartWorkflow = createWorkflow("deliver-producer-order", (input: PartActionInput) => {
  movePartStep({ id: input.id, producer_id: input.producer_id, action: "deliver", fields: { updated_by_id: input.by } })
  const part = readPartStep({ id: input.id })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ part }, ({ part }) => ({ orderId: part.order_id, fulfillmentId: part.fulfillment_id! })),
  })
  notifyShopperStep({ part_id: input.id, news: "delivered" })
  return new WorkflowResponse(part)
})
