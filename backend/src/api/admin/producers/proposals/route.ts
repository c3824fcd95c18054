import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProposalsResponse } from "@ocop/core"
import { adminProposals } from "../../../../read-models/producer-stall/proposals"

/**
 * GET /admin/producers/proposals — the products producers proposed, newest first (the latest 200):
 * each a draft tied to its producer's subject, with whether a certificate lists it now. Officials
 * certify one through the registry import, naming its handle; the listing workflow then publishes it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ proposals: await adminProposals(req.scope) } satisfies AdminProposalsResponse)
}
