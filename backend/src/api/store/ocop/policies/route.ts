import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PolicyVersionSummary, StorePoliciesResponse } from "@ocop/core"
import { currentPolicyVersions, readOperator } from "../../../../read-models/legal"

/**
 * GET /store/ocop/policies — the operator's details and the version in force of each policy: what
 * every page's footer shows. Public; the storefront caches it under the "policies" tag.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [operator, current] = await Promise.all([readOperator(req.scope), currentPolicyVersions(req.scope)])
  res.json({
    operator,
    current: Object.values(current).filter((v): v is PolicyVersionSummary => v !== null),
  } satisfies StorePoliciesResponse)
}
