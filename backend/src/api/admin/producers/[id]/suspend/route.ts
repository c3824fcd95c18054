import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeAccess } from "../../access"
import type { AdminSuspendProducerType } from "../../validators"

/** POST /admin/producers/:id/suspend {reason} — every member is refused, and shown the reason, from the next request. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSuspendProducerType>, res: MedusaResponse) {
  await changeAccess(req, res, "suspend", req.validatedBody.reason)
}
