import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PersonalDataSource } from "../source"

const FIELDS = [
  "id",
  "address_name",
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
  "is_default_shipping",
  "is_default_billing",
]

/** The account's address book. Erased: deleted outright (no law asks to keep it). */
export const addressesSource: PersonalDataSource = {
  key: "addresses",

  async collect(container, subject) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer_address",
      fields: FIELDS,
      filters: { customer_id: subject.customerId },
    })
    return data
  },

  async erase(container, subject) {
    const customers = container.resolve(Modules.CUSTOMER)
    const addresses = await customers.listCustomerAddresses({ customer_id: subject.customerId }, { select: ["id"] })
    if (addresses.length) await customers.deleteCustomerAddresses(addresses.map((a) => a.id))
  },
}
