import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export type PaymentReferenceInput = { reference: string; payment_id: string; order_id: string }

/** Writes the references not yet known (one per payment), so a redelivered event writes nothing. */
export const registerPaymentReferencesStep = createStep(
  "register-payment-references",
  async (refs: PaymentReferenceInput[], { container }) => {
    if (!refs.length) return new StepResponse([], [])
    const bank = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const known = await bank.listPaymentReferences(
      { payment_id: refs.map((r) => r.payment_id) },
      { select: ["payment_id"] },
    )
    const skip = new Set(known.map((k: { payment_id: string }) => k.payment_id))
    const fresh = refs.filter((r) => !skip.has(r.payment_id))
    const created = fresh.length ? await bank.createPaymentReferences(fresh) : []
    return new StepResponse(
      created,
      created.map((c: { id: string }) => c.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).deletePaymentReferences(ids)
  },
)
