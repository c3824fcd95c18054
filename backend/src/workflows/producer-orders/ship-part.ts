import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { Carrier } from "@ocop/core"
import type { PartActionInput } from "./confirm-part"
import { movePartStep } from "./steps/move-part"
import { notifyShopperStep } from "./steps/notify-shopper"
import { readPartStep, recordFulfillmentStep } from "./steps/read-part"

export type ShipPartInput = PartActionInput & { carrier: Carrier; tracking_number: string }

/**
 * The producer hands its part to a carrier: the part is taken (one of two members shipping it at
 * once wins), packed as one Medusa fulfilment of its lines from its location (Medusa takes the stock
 * there and releases the reservation), shipped with the carrier's tracking number as the label, and
 * the shopper is e-mailed. A failure in Medusa's workflows undoes the whole.
 */
export const shipPartWorkflow = createWorkflow("ship-producer-order", (input: ShipPartInput) => {
  movePartStep({
    id: input.id,
    producer_id: input.producer_id,
    action: "ship",
    fields: { carrier: input.carrier, tracking_number: input.tracking_number, updated_by_id: input.by },
  })
  const part = readPartStep({ id: input.id })
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ part }, ({ part }) => ({
      order_id: part.order_id,
      items: part.items,
      location_id: part.location_id ?? undefined,
      // The shopper hears from this shop's own e-mails, in its language.
      no_notification: true,
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ part, fulfillment, input }, ({ part, fulfillment, input }) => ({
      order_id: part.order_id,
      fulfillment_id: fulfillment.id,
      items: part.items,
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
      no_notification: true,
    })),
  })
  recordFulfillmentStep(
    transform({ part, fulfillment }, ({ part, fulfillment }) => ({ id: part.id, fulfillment_id: fulfillment.id })),
  )
  notifyShopperStep({ part_id: input.id, news: "shipped" })
  return new WorkflowResponse(part)
})
