import { sent, type BusinessView, type MeetingView } from "@ocop/core"
import type TradeModuleService from "../../modules/trade/service"

type Service = TradeModuleService
type Business = Awaited<ReturnType<Service["retrieveBusiness"]>>
type Meeting = Awaited<ReturnType<Service["retrieveMeeting"]>>

/** A business as its owner and officials see it (the customer id stays inside). */
export const businessView = (b: Business): BusinessView => ({
  id: b.id,
  company_name: b.company_name,
  tax_code: b.tax_code,
  type: b.type,
  subject_id: b.subject_id,
  commune_code: b.commune_code,
  latitude: b.latitude,
  longitude: b.longitude,
  phone: b.phone,
  status: b.status,
  verified_at: sent(b.verified_at),
  review_note: b.review_note,
  created_at: sent(b.created_at),
})

/** A meeting from one party's side: its role, and only its own notes besides the shared facts. */
export const meetingView = (m: Meeting, me: string, names: Map<string, string>) => {
  const role: MeetingView["role"] = m.requester_id === me ? "requester" : "counterpart"
  const other = role === "requester" ? m.counterpart_id : m.requester_id
  return {
    id: m.id,
    event_id: m.event_id,
    role,
    counterpart: { id: other, company_name: names.get(other) ?? null },
    need_id: m.need_id,
    offer_id: m.offer_id,
    slot_start: sent(m.slot_start),
    table_no: m.table_no,
    status: m.status,
    message: m.message,
    notes: role === "requester" ? m.requester_notes : m.counterpart_notes,
  } satisfies MeetingView
}

/** Company names of businesses, for the other party's name in lists. */
export async function companyNames(service: Service, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await service.listBusinesses({ id: [...new Set(ids)] }, { select: ["id", "company_name"] })
  return new Map(rows.map((b) => [b.id, b.company_name]))
}
