import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { agreementLock } from "./lock"
import { checkDeliveryStep } from "./steps/check-delivery"
import { createDeliveriesStep } from "./steps/create-deliveries"
import type { DeliveryInput } from "./types"

export const recordDeliveryWorkflowId = "record-trade-delivery"
/**
 * A delivery against a contract, by hand or from a linked order. It waits for the other party's
 * confirmation (`confirm-delivery.ts`) before it counts and moves the contract on.
 */
export const recordDeliveryWorkflow = createWorkflow(
  recordDeliveryWorkflowId,
  (input: { business_id: string; recorded_by: string; id: string; delivery: DeliveryInput }) => {
    const lock = transform({ input }, ({ input }) => agreementLock(input.id))
    acquireLockStep(lock)
    const checked = checkDeliveryStep(input)
    const deliveries = createDeliveriesStep(
      transform({ input, checked }, ({ input, checked }) => [
        {
          agreement_id: input.id,
          delivered_on: input.delivery.delivered_on,
          quantity: checked.quantity,
          value: checked.value,
          order_id: input.delivery.order_id ?? null,
          note: input.delivery.note ?? null,
          recorded_by: input.recorded_by,
          status: "pending" as const,
        },
      ]),
    )
    releaseLockStep(lock)
    return new WorkflowResponse(transform({ deliveries }, ({ deliveries }) => deliveries[0]))
  },
)
