import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { meetingSlots, type SlotList } from "@ocop/core"
import { meetableCounterpart, requireBusiness, tradeService } from "../../../../../../../access/trade"

/**
 * GET /store/trade/me/events/:id/slots?counterpart_id= — the fair's meeting slots with, for each,
 * whether the business (and the counterpart, when given) is free and how many tables are left. Only a
 * verified business may look, and only at a counterpart it may meet: someone's calendar is theirs.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { counterpart_id?: string }>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const trade = tradeService(req.scope)
  const counterpartId = req.validatedQuery.counterpart_id
  const counterpart = counterpartId ? await meetableCounterpart(trade, me.id, counterpartId) : null
  const event = await trade.retrieveTradeEvent(req.params.id)
  const holders = [`business:${me.id}`, ...(counterpart ? [`business:${counterpart.id}`] : [])]
  const bookings = await trade.listMeetingBookings(
    { event_id: event.id },
    { take: null, select: ["slot_start", "holder"] },
  )
  const busy = new Set(
    bookings.filter((b) => holders.includes(b.holder)).map((b) => new Date(b.slot_start).toISOString()),
  )
  const tablesTaken = new Map<string, number>()
  for (const b of bookings)
    if (b.holder.startsWith("table:")) {
      const at = new Date(b.slot_start).toISOString()
      tablesTaken.set(at, (tablesTaken.get(at) ?? 0) + 1)
    }
  const slots = meetingSlots(event).map((start) => {
    const tables_free = event.tables - (tablesTaken.get(start) ?? 0)
    return { start, tables_free, free: !busy.has(start) && tables_free > 0 }
  })
  res.json({ event_id: event.id, slots } satisfies SlotList)
}
