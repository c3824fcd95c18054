import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findPaymentReference } from "@ocop/core"
import { matchBankTransferStep, type ReconcileInput } from "./steps/match-bank-transfer"
import { recordBankTransferStep } from "./steps/record-bank-transfer"

/**
 * A bank's notification of an incoming transfer: match it to a VietQR payment by the reference in
 * its note, record it, and when it pays an open payment in full, capture that payment through
 * Medusa's own capture workflow (the same as the admin's Capture action: order transactions,
 * `payment.captured` event). Every transfer is recorded, matched or not.
 *
 * Transfers naming one reference run one at a time: deciding from the payment's state and capturing
 * it must not interleave, or several would decide "matched" and all but one capture would fail.
 * Serialised, the first captures and the others find the payment paid (`already_paid`).
 */
export const reconcileBankTransferWorkflow = createWorkflow("reconcile-bank-transfer", (input: ReconcileInput) => {
  const lock = transform({ input }, ({ input }) => ({
    key: `vietqr-reference:${findPaymentReference(input.notification.description) ?? input.notification.transaction_id}`,
    timeout: 60,
    ttl: 120,
  }))
  acquireLockStep(lock)
  const match = matchBankTransferStep(input)
  const transfer = recordBankTransferStep(transform({ input, match }, ({ input, match }) => ({ ...input, match })))
  when("capture-when-matched", { match }, ({ match }) => match.status === "matched").then(() => {
    const capture = transform({ match }, ({ match }) => ({ payment_id: match.payment_id as string }))
    capturePaymentWorkflow.runAsStep({ input: capture })
  })
  releaseLockStep(lock)
  return new WorkflowResponse(transfer)
})
