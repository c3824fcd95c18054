import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BankTransferList, BankTransferStatus } from "@ocop/core"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"
import type { AdminListBankTransfersType } from "../validators"

/**
 * GET /admin/payments/bank-transfers?status=&limit=&offset= — the transfers the bank reported, newest
 * first: an official refunds the `already_paid` ones and matches the `unmatched` and `underpaid`
 * ones by hand (docs/payments.md). The notes may hold a payer's name: never cached.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBankTransfersType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [rows, count] = await service.listAndCountBankTransfers(status ? { status } : {}, {
    order: { received_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    bank_transfers: rows.map((t) => ({
      id: t.id,
      transaction_id: t.transaction_id,
      account_number: t.account_number,
      amount: Number(t.amount),
      description: t.description,
      received_at: new Date(t.received_at).toISOString(),
      reference: t.reference,
      status: t.status as BankTransferStatus,
      order_id: t.order_id,
    })),
    count,
  } satisfies BankTransferList)
}
