import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminChangeRequestResponse } from "@ocop/core"
import { requestView } from "../../../../../../read-models/producer-catalogue/products"
import { returnChangeRequestWorkflow } from "../../../../../../workflows/producer/return-change-request"
import type { AdminReturnChangeRequestType } from "../../../validators"
import { requestAndOfficial } from "../../official"

/** POST /admin/producers/change-requests/:id/return {note} — nothing goes live; the producer reads the note. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReturnChangeRequestType>, res: MedusaResponse) {
  const { request, official } = await requestAndOfficial(req)
  const { result } = await returnChangeRequestWorkflow(req.scope).run({
    input: { id: request.id, status: "returned", official_id: official.id, note: req.validatedBody.note },
  })
  res.json({ change_request: requestView(result) } satisfies AdminChangeRequestResponse)
}
