import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { matchBankTransferStep, type ReconcileInput } from "./steps/match-bank-transfer"
import { recordBankTransferStep } from "./steps/record-bank-transfer"

/**
 * A bank's notification of an incoming transfer: match it to a VietQR payment by the reference in
 * its note, record it, and when it pays an open payment in full, capture that payment through
 * Medusa's own capture workflow (the same as the admin's Capture action: order transactions,
 * `payment.captured` event). Every transfer is recorded, matched or not.
 */
export const reconcileBankTransferWorkflow = createWorkflow("reconcile-bank-transfer", (input: ReconcileInput) => {
  const match = matchBankTransferStep(input)
  const transfer = recordBankTransferStep(transform({ input, match }, ({ input, match }) => ({ ...input, match })))
  when("capture-when-matched", { match }, ({ match }) => match.status === "matched").then(() => {
    const capture = transform({ match }, ({ match }) => ({ payment_id: match.payment_id as string }))
    capturePaymentWorkflow.runAsStep({ input: capture })
  })
  return new WorkflowResponse(transfer)
})
