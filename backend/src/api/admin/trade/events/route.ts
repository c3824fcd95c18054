import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { tradeService } from "../../../../lib/trade/access"
import { saveTradeEventWorkflow } from "../../../../workflows/trade/events-points"
import type { AdminSaveTradeEventType } from "../validators"

/** GET /admin/trade/events — events, latest first, with their exhibitor and buyer counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const events = await tradeService(req.scope).listTradeEvents(
    {},
    { take: null, order: { starts_on: "DESC" }, relations: ["exhibitors", "buyers"] },
  )
  res.json({
    events: events.map(({ exhibitors, buyers, ...e }) => ({
      ...e,
      exhibitors_count: exhibitors?.length ?? 0,
      buyers_count: buyers?.length ?? 0,
    })),
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveTradeEventType>, res: MedusaResponse) {
  const { result } = await saveTradeEventWorkflow(req.scope).run({ input: { event: req.validatedBody } })
  res.status(201).json({ event: await tradeService(req.scope).retrieveTradeEvent(result.id) })
}
