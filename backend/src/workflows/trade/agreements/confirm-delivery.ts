import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { agreementLock } from "./lock"
import { changeAgreementStep } from "./steps/change-agreement"
import { checkDeliveryConfirmationStep } from "./steps/check-delivery-confirmation"
import { updateDeliveryStep } from "./steps/update-delivery"
import type { DeliveryConfirmationInput } from "./types"

export const confirmDeliveryWorkflowId = "confirm-trade-delivery"
/**
 * The other party (or an official) confirms or disputes a recorded delivery. A confirmed one
 * counts: the contract starts delivering, and is fulfilled once the confirmed value reaches its own.
 */
export const confirmDeliveryWorkflow = createWorkflow(confirmDeliveryWorkflowId, (input: DeliveryConfirmationInput) => {
  const lock = transform({ input }, ({ input }) => agreementLock(input.id))
  acquireLockStep(lock)
  const checked = checkDeliveryConfirmationStep(input)
  const delivery = updateDeliveryStep(
    transform({ input, checked }, ({ input, checked }) => ({
      id: input.delivery_id,
      data: { ...checked.delivery, confirmed_by: input.by, confirmed_at: new Date() },
    })),
  )
  changeAgreementStep(
    transform({ input, checked }, ({ input, checked }) => ({ id: input.id, data: { status: checked.status } })),
  )
  releaseLockStep(lock)
  return new WorkflowResponse(delivery)
})
