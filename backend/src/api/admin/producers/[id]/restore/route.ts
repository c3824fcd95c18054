import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeAccess } from "../../access"
import type { AdminRestoreProducerType } from "../../validators"

/** POST /admin/producers/:id/restore {note?} — the members act for the producer again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRestoreProducerType>, res: MedusaResponse) {
  await changeAccess(req, res, "restore", req.validatedBody.note || null)
}
