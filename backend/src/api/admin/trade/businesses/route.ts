import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BusinessList } from "@ocop/core"
import { tradeService } from "../../../../access/trade"
import { businessView } from "../../../../read-models/trade/views"

/** GET /admin/trade/businesses?status= — business profiles, those awaiting verification first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, { status?: "pending" | "verified" | "rejected" }>,
  res: MedusaResponse,
) {
  const { status } = req.validatedQuery
  const rows = await tradeService(req.scope).listBusinesses(status ? { status } : {}, {
    take: null,
    order: { created_at: "ASC" },
  })
  const rank = { pending: 0, verified: 1, rejected: 2 }
  res.json({
    businesses: rows.sort((a, b) => rank[a.status] - rank[b.status]).map(businessView),
  } satisfies BusinessList)
}
