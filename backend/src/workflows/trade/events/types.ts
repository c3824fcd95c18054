/** A trade event as an official creates or edits it. */
export type TradeEventInput = {
  handle: string
  kind: "fair" | "conference" | "delegation" | "festival"
  name: string
  name_en?: string | null
  starts_on: string
  ends_on: string
  venue: string
  commune_code?: string | null
  organiser: string
  description?: string | null
  programme?: { items: { day: string; time: string; title: string; title_en?: string }[] }
  meeting_from?: string
  meeting_to?: string
  slot_minutes?: number
  tables?: number
}

/** A producer exhibiting at an event: its booth and the products it shows. */
export type ExhibitorInput = { subject_id: string; booth?: string | null; product_ids: string[] }
