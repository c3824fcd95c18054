import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TradeEventList } from "@ocop/core"
import { listPublicEvents } from "../../../../read-models/trade/events"

/** GET /store/trade/events — fairs, conferences, delegations and festivals, latest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ events: await listPublicEvents(req.scope) } satisfies TradeEventList)
}
