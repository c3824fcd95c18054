import type { MedusaContainer } from "@medusajs/framework/types"
import { readFileSync } from "node:fs"
import path from "node:path"
import type { PolicyKind } from "@ocop/core"
import { POLICY_MODULE } from "../modules/policy/name"
import type PolicyModuleService from "../modules/policy/service"
import { publishPolicyVersionWorkflow } from "../workflows/legal/publish-version"
import { saveOperatorWorkflow } from "../workflows/legal/save-operator"
import type { OperatorInput } from "../workflows/legal/steps/save-operator"

type PolicySeed = {
  operator: OperatorInput
  effective_at: string
  policies: {
    kind: PolicyKind
    version: string
    title_vi: string
    title_en: string
    body_vi: string
    body_en: string
  }[]
}

/**
 * The demo operator and the first version of each policy (`seed/data/policies.json`, sample texts an
 * operator replaces). Only into an empty module: an operator's own texts are never overwritten.
 */
export async function ensurePolicies(container: MedusaContainer, dir: string): Promise<boolean> {
  const policies = container.resolve<PolicyModuleService>(POLICY_MODULE)
  const [operator] = await policies.listPolicyOperators({}, { take: 1 })
  const [version] = await policies.listPolicyVersions({}, { take: 1 })
  if (operator || version) return false
  const data = JSON.parse(readFileSync(path.join(dir, "policies.json"), "utf8")) as PolicySeed
  await saveOperatorWorkflow(container).run({ input: data.operator })
  for (const policy of data.policies)
    await publishPolicyVersionWorkflow(container).run({
      input: { ...policy, effective_at: new Date(data.effective_at), published_by: "seed" },
    })
  return true
}
