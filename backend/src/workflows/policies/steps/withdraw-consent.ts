import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"

export type WithdrawInput = { id: string; customer_id: string }

/**
 * Withdraws one of the customer's consents: the record stays, with the moment of withdrawal. The
 * owner is in the query, so another's consent is the 404 of an unknown one; a consent already
 * withdrawn keeps its first withdrawal. Undone by clearing the moment again.
 */
export const withdrawConsentStep = createStep(
  "withdraw-policy-consent",
  async (input: WithdrawInput, { container }) => {
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    const [consent] = await policies.listPolicyConsents({ id: input.id, customer_id: input.customer_id }, { take: 1 })
    if (!consent) throw new MedusaError(MedusaError.Types.NOT_FOUND, "no such consent")
    if (consent.withdrawn_at) return new StepResponse(consent.id, null)
    await policies.updatePolicyConsents({ id: consent.id, withdrawn_at: new Date() })
    return new StepResponse(consent.id, consent.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PolicyModuleService>(POLICY_MODULE).updatePolicyConsents({ id, withdrawn_at: null })
  },
)
