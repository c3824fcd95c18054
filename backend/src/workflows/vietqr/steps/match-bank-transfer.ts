import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findPaymentReference } from "@ocop/core"
import { decideTransfer, sameAccount, type TransferDecision } from "../decide-transfer"
import { vietQrPaymentsByReference } from "../find-payments"

/** A credit to one of the shop's accounts as the bank reports it (validated by the webhook route). */
export type BankNotification = {
  transaction_id: string
  account_number: string
  /** Whole đồng. */
  amount: number
  description: string
  /** ISO 8601 instant. */
  transaction_date: string
}

export type ReconcileInput = {
  notification: BankNotification
  /** The shop's VietQR account: a credit to any other account matches nothing. */
  account: string
}

export type TransferMatch = TransferDecision & { reference: string | null }

/** Reads only: which payment (if any) the transfer pays, and whether it covers it. */
export const matchBankTransferStep = createStep(
  "match-bank-transfer",
  async ({ notification, account }: ReconcileInput, { container }) => {
    const reference = findPaymentReference(notification.description)
    const candidates =
      reference && sameAccount(notification.account_number, account)
        ? await vietQrPaymentsByReference(container, reference)
        : []
    return new StepResponse<TransferMatch>({ reference, ...decideTransfer(notification.amount, candidates) })
  },
)
