import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "../../producer/steps/producer-of"
import type { RoutingPlan } from "./plan-routing"

export const createProducerOrdersStepId = "create-producer-orders"
/** Writes the plan's parts and their lines; undone by deleting them. */
export const createProducerOrdersStep = createStep(
  createProducerOrdersStepId,
  async (plan: RoutingPlan, { container }) => {
    if (!plan.parts.length) return new StepResponse([] as { id: string; producer_id: string }[], [] as string[])
    const producers = producerOf(container)
    let created: { id: string; producer_id: string }[]
    try {
      created = await producers.recordParts(
        plan.parts.map((part) => ({
          order_id: plan.order_id,
          producer_id: part.producer_id,
          display_id: plan.display_id,
          placed_at: plan.placed_at,
          kind: plan.kind,
          location_id: part.location_id,
          payment_method: plan.payment_method,
          delivery_fee: part.delivery_fee,
          lines: part.lines,
        })),
      )
    } catch (error) {
      // The same order routed at the same moment by another run (the seed and the order.placed
      // subscriber, or a redelivered event): one order and producer have one part, theirs stands.
      if (!(await producers.listProducerOrders({ order_id: plan.order_id }, { take: 1 })).length) throw error
      return new StepResponse([] as { id: string; producer_id: string }[], [] as string[])
    }
    return new StepResponse(
      created.map((c) => ({ id: c.id, producer_id: c.producer_id })),
      created.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await producerOf(container).deleteProducerOrders(ids)
  },
)
