import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MoitStatus } from "@ocop/core"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"

export type OperatorInput = {
  name: string
  address: string
  phone: string
  email: string
  registration_number: string
  moit_status: MoitStatus
  moit_number: string | null
  moit_url: string | null
}
type Previous = { created: string } | { updated: OperatorInput & { id: string } }

/** Writes the operator's one row (creates it the first time); undone by restoring or removing it. */
export const saveOperatorStep = createStep(
  "save-policy-operator",
  async (input: OperatorInput, { container }) => {
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    const [row] = await policies.listPolicyOperators({}, { take: 1, order: { created_at: "ASC" } })
    if (!row) {
      const created = await policies.createPolicyOperators(input)
      return new StepResponse(created.id, { created: created.id } as Previous)
    }
    const { id, name, address, phone, email, registration_number, moit_status, moit_number, moit_url } = row
    await policies.updatePolicyOperators({ id, ...input })
    const updated = { id, name, address, phone, email, registration_number, moit_status, moit_number, moit_url }
    return new StepResponse(id, { updated } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    if ("created" in previous) await policies.deletePolicyOperators(previous.created)
    else await policies.updatePolicyOperators(previous.updated)
  },
)
