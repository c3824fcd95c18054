import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentVersion, POLICY_KINDS, type PolicyKind, type StorePolicyResponse } from "@ocop/core"
import { versionsOf, versionSummary, versionView } from "../../../../../read-models/legal"
import { storeReturnWindow } from "../../../../../read-models/returns/window"
import type { StorePolicyQueryType } from "../validators"

/**
 * GET /store/ocop/policies/:kind[?version=] — one policy: the version in force, or the version a
 * consent names (older versions stay readable), with the list of every version of the kind.
 * A version whose effective date has not come is not shown before it takes effect. The returns policy
 * also says the window the shop applies (the store's `return_window_days`).
 */
export async function GET(req: MedusaRequest<unknown, StorePolicyQueryType>, res: MedusaResponse) {
  const kind = req.params.kind as PolicyKind
  if (!POLICY_KINDS.includes(kind))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `no policy "${kind}"; the kinds are ${POLICY_KINDS.join(", ")}`)
  const now = Date.now()
  const versions = (await versionsOf(req.scope, kind)).filter((v) => new Date(v.effective_at).getTime() <= now)
  const current = currentVersion(versions)
  const wanted = req.validatedQuery.version
  const policy = wanted ? versions.find((v) => v.version === wanted) : current
  if (!policy || !current)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      wanted ? `no version "${wanted}" of this policy` : "not published yet",
    )
  res.json({
    policy: versionView(policy),
    current_id: current.id,
    versions: versions.map(versionSummary),
    // The returns page states the window the return requests are checked against, from the same setting.
    ...(kind === "returns" ? { return_window_days: await storeReturnWindow(req.scope) } : {}),
  } satisfies StorePolicyResponse)
}
