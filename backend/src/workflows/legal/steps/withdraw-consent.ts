import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"

export type WithdrawInput = { id: string; customer_id: string }

/**
 * Withdraws the customer's consent to a purpose, named by one of its records: every record of that
 * purpose still active is marked withdrawn (a consent is to a purpose; its records are per policy
 * version), and the records stay as proof. The owner is in the query, so another's consent is the
 * 404 of an unknown one. Undone by clearing the moment on the records it set.
 */
export const withdrawConsentStep = createStep(
  "withdraw-policy-consent",
  async (input: WithdrawInput, { container }) => {
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    const [consent] = await policies.listPolicyConsents({ id: input.id, customer_id: input.customer_id }, { take: 1 })
    if (!consent) throw new MedusaError(MedusaError.Types.NOT_FOUND, "no such consent")
    const active = await policies.listPolicyConsents(
      { customer_id: input.customer_id, purpose: consent.purpose, withdrawn_at: null },
      { select: ["id"] },
    )
    const ids = active.map((c) => c.id)
    const now = new Date()
    if (ids.length) await policies.updatePolicyConsents(ids.map((id) => ({ id, withdrawn_at: now })))
    return new StepResponse(consent.id, ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<PolicyModuleService>(POLICY_MODULE)
        .updatePolicyConsents(ids.map((id) => ({ id, withdrawn_at: null })))
  },
)
