import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PersonalDataSource } from "../source"
import { erasedEmail } from "../erased"

/**
 * The customer record: e-mail, names, phone, company. Erased: every field emptied, the e-mail
 * replaced, then Medusa's own removal of the account (the customer soft-deleted, its sign-in
 * identity deleted), so the address can no longer sign in and may register afresh.
 */
export const profileSource: PersonalDataSource = {
  key: "profile",

  async collect(container, subject) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "company_name", "has_account", "created_at"],
      filters: { id: subject.customerId },
    })
    return data[0] ?? null
  },

  async erase(container, subject) {
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: subject.customerId }, { withDeleted: true })
    if (!customer) return
    if (!customer.deleted_at) {
      await customers.updateCustomers(customer.id, {
        email: erasedEmail(customer.id),
        first_name: null,
        last_name: null,
        phone: null,
        company_name: null,
        metadata: null,
      })
      await removeCustomerAccountWorkflow(container).run({ input: { customerId: customer.id } })
    }
  },
}
