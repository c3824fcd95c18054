import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankNotification, TransferMatch } from "./match-bank-transfer"

export type RecordBankTransferInput = { notification: BankNotification; match: TransferMatch }

/**
 * Records the transfer. The transaction id is unique, so of two deliveries of one notification
 * only one gets past this step. Undone (row deleted) when the capture after it fails, so the
 * bank's retry is processed afresh rather than answered "already processed".
 */
export const recordBankTransferStep = createStep(
  "record-bank-transfer",
  async ({ notification: n, match }: RecordBankTransferInput, { container }) => {
    const bank = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const transfer = await bank.createBankTransfers({
      transaction_id: n.transaction_id,
      account_number: n.account_number,
      amount: n.amount,
      description: n.description,
      received_at: new Date(n.transaction_date),
      reference: match.reference,
      status: match.status,
      payment_id: match.payment_id,
      order_id: match.order_id,
    })
    return new StepResponse(transfer, transfer.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).deleteBankTransfers(id)
  },
)
