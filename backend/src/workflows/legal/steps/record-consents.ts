import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentChannel, ConsentPurpose, PolicyKind } from "@ocop/core"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"

export type ConsentRow = {
  purpose: ConsentPurpose
  policy_kind: PolicyKind
  policy_version_id: string
  policy_version: string
  channel: ConsentChannel
  customer_id: string | null
  email: string | null
  cart_id: string | null
  given_at: Date
}

/** Writes consent records; undone by deleting them. */
export const recordConsentsStep = createStep(
  "record-policy-consents",
  async (rows: ConsentRow[], { container }) => {
    if (!rows.length) return new StepResponse([] as string[], [] as string[])
    const created = await container.resolve<PolicyModuleService>(POLICY_MODULE).createPolicyConsents(rows)
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<PolicyModuleService>(POLICY_MODULE).deletePolicyConsents(ids)
  },
)
