import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BusinessResponse } from "@ocop/core"
import { tradeService } from "../../../../../../access/trade"
import { businessView } from "../../../../../../read-models/trade/views"
import { releaseBusinessWorkflow } from "../../../../../../workflows/trade/business/release-business"
import type { AdminReleaseBusinessType } from "../../../validators"

/**
 * POST /admin/trade/businesses/:id/release — an official takes a verified profile's tax code back,
 * with the reason; the profile is rejected, and another applicant with the code can be verified.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReleaseBusinessType>, res: MedusaResponse) {
  await releaseBusinessWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, official_id: req.auth_context.actor_id },
  })
  res.json({
    business: businessView(await tradeService(req.scope).retrieveBusiness(req.params.id)),
  } satisfies BusinessResponse)
}
