import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PolicyKind } from "@ocop/core"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"

export type PublishVersionInput = {
  kind: PolicyKind
  version: string
  title_vi: string
  title_en: string
  body_vi: string
  body_en: string
  effective_at: Date
  published_by: string
}

/**
 * Publishes a new version of a policy; the ones before stay readable. A label already used for the
 * kind is refused (409): a consent names its version by label too. Undone by deleting the new row.
 */
export const publishVersionStep = createStep(
  "publish-policy-version",
  async (input: PublishVersionInput, { container }) => {
    const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
    const [taken] = await policies.listPolicyVersions({ kind: input.kind, version: input.version }, { take: 1 })
    if (taken)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `version "${input.version}" of this policy is already published; give the new one another label`,
      )
    const created = await policies.createPolicyVersions({ ...input, published_at: new Date() })
    return new StepResponse(created.id, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PolicyModuleService>(POLICY_MODULE).deletePolicyVersions(id)
  },
)
