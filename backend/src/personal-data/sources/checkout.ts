import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { DataSubject, PersonalDataSource } from "../source"

type AccountHolder = { id: string; provider_id: string; email: string | null; created_at: Date | string }

async function accountHolders(container: MedusaContainer, subject: DataSubject) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: [
      "account_holders.id",
      "account_holders.provider_id",
      "account_holders.email",
      "account_holders.created_at",
    ],
    filters: { id: subject.customerId },
    withDeleted: true,
  })
  // Typed here: the query's generated types are absent until Medusa has built the project once.
  const holders: (AccountHolder | null)[] = data[0]?.account_holders ?? []
  return holders.filter((h): h is AccountHolder => !!h)
}

/**
 * What checking out leaves beside the order: the payment providers' account holders (a Stripe
 * customer, for a card), the copy of the customer each payment session was given as context, and
 * Medusa's stored checkout runs (kept three days for idempotency, then deleted by Medusa itself).
 * Erased: the account holders deleted through the Payment Module (which deletes the provider's
 * customer), the sessions' context emptied, the stored runs deleted. The payments themselves stay.
 */
export const checkoutSource: PersonalDataSource = {
  key: "payment_accounts",

  async collect(container, subject) {
    return (await accountHolders(container, subject)).map(({ id: _id, ...holder }) => holder)
  },

  async erase(container, subject) {
    const payments = container.resolve(Modules.PAYMENT)
    for (const holder of await accountHolders(container, subject)) await payments.deleteAccountHolder(holder.id)

    // The Payment Module updates a session only through its provider; the context is the shop's own copy.
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await db("payment_session")
      .whereRaw("context -> 'customer' ->> 'id' = ?", [subject.customerId])
      .update({ context: db.raw("'{}'::jsonb") })

    const carts = await container
      .resolve(Modules.CART)
      .listCarts({ customer_id: subject.customerId }, { select: ["id"], withDeleted: true })
    for (const id of [subject.customerId, ...carts.map((c) => c.id)]) {
      await db("workflow_execution")
        .whereRaw("context::text like ?", [`%${id}%`])
        .orWhereRaw("execution::text like ?", [`%${id}%`])
        .delete()
    }
  },
}
