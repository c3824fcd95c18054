import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { TradeEventPageResponse } from "@ocop/core"
import { eventPage } from "../../../../../read-models/trade/events"

/** GET /store/trade/events/:handle — a fair's programme, exhibitors and their certified products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const event = await eventPage(req.scope, req.params.handle)
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No trade event ${req.params.handle}`)
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ event } satisfies TradeEventPageResponse)
}
