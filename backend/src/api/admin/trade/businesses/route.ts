import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBusinessList } from "@ocop/core"
import { tradeService } from "../../../../access/trade"
import { adminBusinessViews } from "../../../../read-models/trade/businesses"

/**
 * GET /admin/trade/businesses?status= — business profiles, those awaiting verification first, each
 * with the other profiles claiming its tax code.
 */
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
    businesses: await adminBusinessViews(
      req.scope,
      rows.sort((a, b) => rank[a.status] - rank[b.status]),
    ),
  } satisfies AdminBusinessList)
}
