import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerOrdersStep } from "./steps/create-producer-orders"
import { moveReservationsStep } from "./steps/move-reservations"
import { notifyProducersStep } from "./steps/notify-producers"
import { planRoutingStep, type RoutingPlan } from "./steps/plan-routing"

export const routeOrderWorkflowId = "route-order-to-producers"
/**
 * Routes a placed order to its producers (`order.placed`): one part per producer with its lines, the
 * reservations moved to where each part ships from, and an e-mail to each producer's members. Runs
 * once per order: a redelivered event finds the parts made and does nothing.
 */
export const routeOrderWorkflow = createWorkflow(routeOrderWorkflowId, (input: { order_id: string }) => {
  const plan = planRoutingStep(input)
  const parts = when({ plan }, ({ plan }) => !!plan).then(() => {
    const routed = transform({ plan }, ({ plan }) => plan as RoutingPlan)
    const made = createProducerOrdersStep(routed)
    moveReservationsStep(transform({ routed }, ({ routed }) => routed.moves))
    notifyProducersStep({ plan: routed, parts: made })
    return made
  })
  return new WorkflowResponse(transform({ parts }, ({ parts }) => parts ?? []))
})
