import { POLICY_MODULE } from "../../modules/policy/name"
import type PolicyModuleService from "../../modules/policy/service"
import { consentView } from "../../read-models/legal"
import type { ConsentRecord } from "../../read-models/legal/views"
import type { PersonalDataSource } from "../source"

/**
 * Consents (decision 036). Found by the customer id and by the e-mail (a guest's checkout).
 * Erasure withdraws every consent still active and removes the e-mail, but keeps each record —
 * purpose, policy version, time, channel, cart and customer ids — as the proof that the processing
 * done before was consented to (Law 91/2025/QH15 puts that proof on the operator). The ids point at
 * the order records the law keeps anyway and identify nobody once the person's own rows are erased.
 */
export const consentsSource: PersonalDataSource = {
  key: "consents",
  async collect(container, subject) {
    const rows = await mine(container.resolve<PolicyModuleService>(POLICY_MODULE), subject)
    return rows.map((c) => ({ ...consentView(c), email: c.email, cart_id: c.cart_id }))
  },
  async erase(container, subject) {
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    const now = new Date()
    const rows = await mine(policies, subject)
    if (!rows.length) return
    await policies.updatePolicyConsents(
      rows.map((c) => ({ id: c.id, email: null, withdrawn_at: c.withdrawn_at ? new Date(c.withdrawn_at) : now })),
    )
  },
}

async function mine(policies: PolicyModuleService, subject: { customerId: string; email: string }) {
  const or: Record<string, string>[] = [{ email: subject.email.trim().toLowerCase() }]
  if (subject.customerId) or.push({ customer_id: subject.customerId })
  return (await policies.listPolicyConsents({ $or: or }, { order: { given_at: "ASC" } })) as unknown as ConsentRecord[]
}
