import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PolicyVersionView } from "@ocop/core"
import { POLICY_MODULE } from "../../../../modules/policy/name"
import type PolicyModuleService from "../../../../modules/policy/service"
import { versionView } from "../../../../read-models/legal"
import type { VersionRow } from "../../../../read-models/legal/views"
import { publishPolicyVersionWorkflow } from "../../../../workflows/legal/publish-version"
import { answeringConflicts } from "../../../answering-conflicts"
import type { AdminPublishPolicyVersionType } from "../validators"

/**
 * POST /admin/policies/versions — publishes a new version of a policy; a label already used for the
 * kind is 409 with its reason (a unique index keeps it so when two officials publish at once).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPublishPolicyVersionType>, res: MedusaResponse) {
  await answeringConflicts(res, async () => {
    const { result: id } = await publishPolicyVersionWorkflow(req.scope).run({
      input: { ...req.validatedBody, published_by: req.auth_context.actor_id },
    })
    const created = await req.scope.resolve<PolicyModuleService>(POLICY_MODULE).retrievePolicyVersion(id)
    res.status(201).json({ version: versionView(created as unknown as VersionRow) } satisfies {
      version: PolicyVersionView
    })
  })
}
