import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchStatus, type SearchStatus } from "../../../../status/search-status"

/** `GET /admin/search/status`: the product index's state and, when configured, the Meilisearch mirror's health. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<SearchStatus>) => {
  res.json(await searchStatus(req.scope))
}
