import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { messageLanguage } from "@ocop/core"
import { producerOf } from "../producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
export { storefrontUrl } from "../../emails/storefront-url"

/** The e-mails of a producer's members (owner and staff): who is told of its new orders. */
export async function memberEmails(container: Container, producerId: string): Promise<string[]> {
  const members = await producerOf(container).listProducerMembers({ producer_id: producerId }, { take: null })
  return [...new Set(members.map((m) => m.email))]
}

/** The order's e-mail and language, for what the shopper is told. */
export async function shopperOf(container: Container, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "locale", "display_id"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as { email?: string | null; locale?: string | null; display_id: number } | undefined
  return order
    ? { email: order.email ?? null, lang: messageLanguage(order.locale), display_id: order.display_id }
    : null
}
