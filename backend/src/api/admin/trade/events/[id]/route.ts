import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type AdminTradeEventDetail, type AdminTradeEventResponse } from "@ocop/core"
import { tradeService } from "../../../../../access/trade"
import { saveTradeEventWorkflow } from "../../../../../workflows/trade/events/save-trade-event"
import type { AdminSaveTradeEventType } from "../../validators"

/** GET /admin/trade/events/:id — the event with its exhibitors, buyers and meetings. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const trade = tradeService(req.scope)
  const event = await trade.retrieveTradeEvent(req.params.id, { relations: ["exhibitors", "buyers"] })
  const meetings = await trade.listMeetings({ event_id: event.id }, { take: null, order: { slot_start: "ASC" } })
  res.json({ event: sent(event), meetings: sent(meetings) } satisfies AdminTradeEventDetail)
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveTradeEventType>, res: MedusaResponse) {
  await tradeService(req.scope).retrieveTradeEvent(req.params.id)
  const { result } = await saveTradeEventWorkflow(req.scope).run({
    input: { id: req.params.id, event: req.validatedBody },
  })
  res.json({
    event: sent(await tradeService(req.scope).retrieveTradeEvent(result.id)),
  } satisfies AdminTradeEventResponse)
}
