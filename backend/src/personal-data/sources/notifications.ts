import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { DataSubject, PersonalDataSource } from "../source"
import { erasedEmail } from "../erased"

/**
 * The e-mails the shop sent to the customer record's address: recipient and the data each template
 * was filled with (names, addresses, links). Those about an order of another customer record (a guest
 * checkout under the same address) are that record's: an account's address is not proof that its
 * holder wrote those orders, so only an official's run, which checks who wrote, reaches them.
 */
function notificationsOf(container: MedusaContainer, subject: DataSubject) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return db("notification as n")
    .where("n.to", subject.email)
    .whereNotExists(db("order as o").whereRaw("o.id = n.resource_id").whereNot("o.customer_id", subject.customerId))
}

/**
 * Erased: the recipient replaced and the data emptied; the record that an e-mail of that kind went
 * out stays. The Notification Module offers no update, so the erasure writes its table directly.
 */
export const notificationsSource: PersonalDataSource = {
  key: "notifications",

  async collect(container, subject) {
    return notificationsOf(container, subject).select(
      "n.id",
      "n.to",
      "n.channel",
      "n.template",
      "n.data",
      "n.created_at",
    )
  },

  async erase(container, subject) {
    const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const ids = (await notificationsOf(container, subject).select("n.id")).map((r: { id: string }) => r.id)
    if (ids.length)
      await db("notification")
        .whereIn("id", ids)
        .update({ to: erasedEmail(subject.customerId), data: db.raw("'{}'::jsonb") })
  },
}
