import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerOrdersStep } from "./steps/create-producer-orders"
import { moveReservationsStep } from "./steps/move-reservations"
import { notifyProducersStep } from "./steps/notify-producers"
import { planRoutingStep } from "./steps/plan-routing"

export const routeOrderWorkflowId = "route-order-to-producers"
/**
 * Routes a placed order to its producers (`order.placed`): one part per producer with its lines, the
 * reservations moved to where each part ships from, and an e-mail to each producer's members. Runs
 * once per order: a redelivered event, or a second run at the same moment, makes nothing more.
 */
export const routeOrderWorkflow = createWorkflow(routeOrderWorkflowId, (input: { order_id: string }) => {
  const plan = planRoutingStep(input)
  const made = createProducerOrdersStep(plan)
  // Nothing made: no producer's line, or another run routed the order and moved and told for it.
  when({ made }, ({ made }) => made.length > 0).then(() => {
    moveReservationsStep(transform({ plan }, ({ plan }) => plan.moves))
    notifyProducersStep({ plan, parts: made })
  })
  return new WorkflowResponse(made)
})
