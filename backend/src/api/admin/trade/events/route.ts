import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type AdminTradeEventList, type AdminTradeEventResponse } from "@ocop/core"
import { tradeService } from "../../../../access/trade"
import { saveTradeEventWorkflow } from "../../../../workflows/trade/events/save-trade-event"
import type { AdminSaveTradeEventType } from "../validators"

/** GET /admin/trade/events — events, latest first, with their exhibitor and buyer counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const events = await tradeService(req.scope).listTradeEvents(
    {},
    { take: null, order: { starts_on: "DESC" }, relations: ["exhibitors", "buyers"] },
  )
  res.json({
    events: events.map(({ exhibitors, buyers, ...e }) => ({
      ...sent(e),
      exhibitors_count: exhibitors?.length ?? 0,
      buyers_count: buyers?.length ?? 0,
    })),
  } satisfies AdminTradeEventList)
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveTradeEventType>, res: MedusaResponse) {
  const { result } = await saveTradeEventWorkflow(req.scope).run({ input: { event: req.validatedBody } })
  res.status(201).json({
    event: sent(await tradeService(req.scope).retrieveTradeEvent(result.id)),
  } satisfies AdminTradeEventResponse)
}
