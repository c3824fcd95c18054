import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MatchesView } from "@ocop/core"
import { requireBusiness } from "../../../../../access/trade"
import { matchesFor } from "../../../../../read-models/trade/matches"

/**
 * GET /store/trade/me/matches — for each open need, the offers that fit it; for each open offer,
 * the needs it fits; best first, with the score and the reasons behind it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await matchesFor(req.scope, me)) satisfies MatchesView)
}
