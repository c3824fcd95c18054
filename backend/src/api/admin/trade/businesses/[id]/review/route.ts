import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BusinessResponse } from "@ocop/core"
import { tradeService } from "../../../../../../access/trade"
import { businessView } from "../../../../../../read-models/trade/views"
import { reviewBusinessWorkflow } from "../../../../../../workflows/trade/business/review-business"
import type { AdminReviewBusinessType } from "../../../validators"

/** POST /admin/trade/businesses/:id/review — an official verifies (a producer: with its subject) or rejects. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewBusinessType>, res: MedusaResponse) {
  await reviewBusinessWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, official_id: req.auth_context.actor_id },
  })
  res.json({
    business: businessView(await tradeService(req.scope).retrieveBusiness(req.params.id)),
  } satisfies BusinessResponse)
}
