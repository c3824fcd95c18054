import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer, UpdateAddressDTO } from "@medusajs/framework/types"
import type { PersonalDataSource } from "../source"
import { erasedEmail } from "../erased"

const ADDRESS = [
  "first_name",
  "last_name",
  "company",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
]

/**
 * What an erasure empties in an order's or cart's address. The city, province and country stay: with
 * the order's number, date, lines, prices, taxes, payment and delivery they are the sale's record,
 * which accounting and consumer law keep (docs/compliance.md, "What an erasure keeps").
 */
const ERASED_ADDRESS = {
  first_name: null,
  last_name: null,
  company: null,
  phone: null,
  address_1: null,
  address_2: null,
  postal_code: null,
}

async function ordersOf(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "email",
      "status",
      "currency_code",
      "total",
      "subtotal",
      "shipping_total",
      "tax_total",
      "items.title",
      "items.product_title",
      "items.variant_sku",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "shipping_methods.name",
      "shipping_methods.amount",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "fulfillments.labels.tracking_number",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      ...ADDRESS.map((f) => `shipping_address.${f}`),
      ...ADDRESS.map((f) => `billing_address.${f}`),
      "shipping_address.id",
      "billing_address.id",
    ],
    filters: { customer_id: customerId },
  })
  return data
}

/**
 * The orders placed by this customer (an account's, or, in an official's run, each guest record of
 * the requester's address) and its unfinished carts. Erased: e-mail replaced and addresses emptied of
 * the person, the sale itself kept.
 */
export const ordersSource: PersonalDataSource = {
  key: "orders",

  async collect(container, subject) {
    const orders = await ordersOf(container, subject.customerId)
    return orders.map(({ shipping_address, billing_address, ...order }) => ({
      ...order,
      shipping_address: withoutId(shipping_address),
      billing_address: withoutId(billing_address),
    }))
  },

  async erase(container, subject) {
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await ordersOf(container, subject.customerId)
    const email = erasedEmail(subject.customerId)
    for (const order of orders) {
      if (order.email !== email) await orderModule.updateOrders(order.id, { email })
      const addressIds = [order.shipping_address?.id, order.billing_address?.id].filter((id): id is string => !!id)
      if (addressIds.length) await orderModule.updateOrderAddresses(addressIds.map((id) => ({ id, ...ERASED_ADDRESS })))
    }

    const cartModule = container.resolve(Modules.CART)
    const carts = await cartModule.listCarts(
      { customer_id: subject.customerId },
      { select: ["id", "email"], relations: ["shipping_address", "billing_address"] },
    )
    for (const cart of carts) {
      await cartModule.updateCarts(cart.id, { email })
      const addressIds = [cart.shipping_address?.id, cart.billing_address?.id].filter((id): id is string => !!id)
      // The cart module's types take no null, its columns do: emptied, not set to "".
      const erased = addressIds.map((id) => ({ id, ...ERASED_ADDRESS }) as unknown as UpdateAddressDTO)
      if (erased.length) await cartModule.updateAddresses(erased)
    }
  },
}

function withoutId<T extends { id?: string } | null | undefined>(address: T) {
  if (!address) return null
  const { id: _id, ...rest } = address
  return rest
}
