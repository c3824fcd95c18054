import type { MedusaContainer } from "@medusajs/framework/types"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"
import type { TransferStatus } from "./decide-transfer"
import { reconcileBankTransferWorkflow } from "./reconcile-bank-transfer"
import type { BankNotification } from "./steps/match-bank-transfer"

export type ReceiveOutcome = { status: TransferStatus | "already_processed"; transfer_id: string }

/**
 * Processes a notification once. Banks deliver at least once (and retry whatever was not answered
 * 2xx), so a transaction id already recorded is answered "already_processed" without touching
 * anything; two deliveries racing each other are told apart by the unique transaction id.
 */
export async function receiveBankTransfer(
  container: MedusaContainer,
  notification: BankNotification,
  account: string,
): Promise<ReceiveOutcome> {
  const bank = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const recorded = async () =>
    (await bank.listBankTransfers({ transaction_id: notification.transaction_id }, { select: ["id"], take: 1 }))[0]
  const before = await recorded()
  if (before) return { status: "already_processed", transfer_id: before.id }
  try {
    const { result } = await reconcileBankTransferWorkflow(container).run({ input: { notification, account } })
    return { status: result.status as TransferStatus, transfer_id: result.id }
  } catch (err) {
    const winner = await recorded()
    if (winner) return { status: "already_processed", transfer_id: winner.id }
    throw err
  }
}
