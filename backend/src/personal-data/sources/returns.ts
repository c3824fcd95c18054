import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { returnsOf } from "../../workflows/returns/steps/returns-of"
import type { DataSubject, PersonalDataSource } from "../source"

/** The person's returns: asked with its account, or on its orders placed with its e-mail as a guest. */
async function returnsOfSubject(container: MedusaContainer, subject: DataSubject) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id"], filters: { email: subject.email } })
  const orderIds = (data as { id: string }[]).map((o) => o.id)
  const returns = returnsOf(container)
  const [byAccount, byOrder] = await Promise.all([
    returns.listReturnRequests({ customer_id: subject.customerId }, { relations: ["lines"], take: null }),
    orderIds.length
      ? returns.listReturnRequests({ order_id: orderIds }, { relations: ["lines"], take: null })
      : Promise.resolve([]),
  ])
  return [...new Map([...byAccount, ...byOrder].map((r) => [r.id, r])).values()]
}

/**
 * Return requests (docs/returns.md): the reason and text the shopper wrote, its photos, and the bank
 * account a transfer refund goes to. The account is already erased once the refund is done; an
 * erasure also empties it before, with the text, the photos (deleted from the File Module) and the
 * link to the account. What was returned and refunded stays: it is part of the order's accounts.
 */
export const returnsSource: PersonalDataSource = {
  key: "returns",
  async collect(container, subject) {
    return (await returnsOfSubject(container, subject)).map((r) => ({
      id: r.id,
      order_display_id: r.display_id,
      status: r.status,
      reason: r.reason,
      note: r.note,
      photos: ((r.photo_file_ids as { ids?: string[] } | null)?.ids ?? []).length,
      lines: (r.lines ?? []).map((l) => ({ title: l.title, quantity: l.quantity, unit_price: l.unit_price })),
      amount: r.amount,
      carrier: r.carrier,
      tracking_number: r.tracking_number,
      refund_account: r.refund_account_number
        ? {
            bank_bin: r.refund_bank_bin,
            account_number: r.refund_account_number,
            account_holder: r.refund_account_holder,
          }
        : null,
      created_at: r.created_at,
      refunded_at: r.refunded_at,
    }))
  },
  async erase(container, subject) {
    const found = await returnsOfSubject(container, subject)
    const files = found.flatMap((r) => (r.photo_file_ids as { ids?: string[] } | null)?.ids ?? [])
    if (files.length) await container.resolve(Modules.FILE).deleteFiles(files)
    if (found.length)
      await returnsOf(container).updateReturnRequests(
        found.map((r) => ({
          id: r.id,
          customer_id: null,
          note: null,
          photo_file_ids: { ids: [] },
          refund_bank_bin: null,
          refund_account_number: null,
          refund_account_holder: null,
        })),
      )
  },
}
