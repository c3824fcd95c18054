import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPoliciesResponse } from "@ocop/core"
import { POLICY_MODULE } from "../../../modules/policy/name"
import type PolicyModuleService from "../../../modules/policy/service"
import { readOperator, versionView } from "../../../read-models/legal"
import type { VersionRow } from "../../../read-models/legal/views"

/** GET /admin/policies — the operator's details and every version of every policy, for the admin page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [operator, versions] = await Promise.all([
    readOperator(req.scope),
    req.scope
      .resolve<PolicyModuleService>(POLICY_MODULE)
      .listPolicyVersions({}, { order: { kind: "ASC", effective_at: "DESC", published_at: "DESC" } }),
  ])
  res.json({
    operator,
    versions: (versions as unknown as VersionRow[]).map(versionView),
  } satisfies AdminPoliciesResponse)
}
