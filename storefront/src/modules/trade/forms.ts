import type { NeedView, OfferView } from "@ocop/core"

/**
 * Form fields → Store API bodies, shared by the server actions and their tests. The backend's
 * validators are the authority (their messages are shown next to the form); this only turns what
 * a browser sends (strings, empty for "not given") into the JSON the routes take.
 */
export type Parsed<T> = { ok: true; body: T } | { ok: false; code: "noLines" }

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const optional = (form: FormData, name: string) => text(form, name) || null

/** A whole number; empty is "not given". Thousands separators are dropped so "125.000" is 125000 đồng. */
function whole(raw: string): number | undefined {
  const cleaned = raw.replace(/[\s.,_]/g, "")
  if (!cleaned) return undefined
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN
}
const number = (form: FormData, name: string) => whole(text(form, name))
const nullableNumber = (form: FormData, name: string) => number(form, name) ?? null

/** Comma-separated words, as typed: "nước mắm, mắm ruốc". */
export const splitList = (raw: string) =>
  raw
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean)

export function businessBody(form: FormData) {
  return {
    company_name: text(form, "company_name"),
    tax_code: text(form, "tax_code"),
    type: text(form, "type"),
    phone: optional(form, "phone"),
    commune_code: optional(form, "commune_code"),
  }
}

export function needBody(form: FormData) {
  return {
    title: text(form, "title"),
    group_code: optional(form, "group_code"),
    keywords: splitList(text(form, "keywords")),
    quantity: number(form, "quantity"),
    min_stars: number(form, "min_stars") ?? 3,
    deadline: text(form, "deadline"),
    price_ceiling: nullableNumber(form, "price_ceiling"),
  }
}

/** Closing a need re-sends the whole record (the route replaces it), with the status changed. */
export function closedNeed(need: NeedView) {
  const { title, group_code, keywords, quantity, min_stars, commune_code, latitude, longitude, deadline } = need
  return {
    title,
    group_code,
    keywords,
    quantity,
    min_stars,
    commune_code,
    latitude,
    longitude,
    deadline,
    price_ceiling: need.price_ceiling,
    status: "closed" as const,
  }
}

export function offerBody(form: FormData) {
  return {
    product_id: text(form, "product_id"),
    monthly_capacity: number(form, "monthly_capacity"),
    price_min: number(form, "price_min"),
    price_max: number(form, "price_max"),
    delivery_radius_km: nullableNumber(form, "delivery_radius_km"),
    certifications: splitList(text(form, "certifications")),
    note: optional(form, "note"),
  }
}

export function closedOffer(offer: OfferView) {
  const { product_id, monthly_capacity, price_min, price_max, delivery_radius_km, certifications, note } = offer
  return {
    product_id,
    monthly_capacity,
    price_min,
    price_max,
    delivery_radius_km,
    certifications,
    note,
    status: "closed" as const,
  }
}

export function meetingBody(form: FormData) {
  return {
    event_id: text(form, "event_id"),
    counterpart_id: text(form, "counterpart_id"),
    slot_start: text(form, "slot_start"),
    need_id: optional(form, "need_id"),
    offer_id: optional(form, "offer_id"),
    message: optional(form, "message"),
  }
}

type Line = { product_id: string; quantity: number | undefined; unit_price: number | undefined }

/** The lines are parallel fields (`line_product_id`, `line_quantity`, `line_unit_price`); blank rows are skipped. */
export function agreementBody(form: FormData): Parsed<{
  kind: string
  counterpart_id: string
  event_id: string | null
  meeting_id: string | null
  lines: Line[]
  term_start: string
  term_end: string
}> {
  const products = form.getAll("line_product_id").map((v) => String(v).trim())
  const quantities = form.getAll("line_quantity").map((v) => whole(String(v)))
  const prices = form.getAll("line_unit_price").map((v) => whole(String(v)))
  const lines = products
    .map((product_id, i) => ({ product_id, quantity: quantities[i], unit_price: prices[i] }))
    .filter((l) => l.product_id)
  if (!lines.length) return { ok: false, code: "noLines" }
  return {
    ok: true,
    body: {
      kind: text(form, "kind"),
      counterpart_id: text(form, "counterpart_id"),
      event_id: optional(form, "event_id"),
      meeting_id: optional(form, "meeting_id"),
      lines,
      term_start: text(form, "term_start"),
      term_end: text(form, "term_end"),
    },
  }
}

/** A delivery from an order takes its quantity and value from the order; by hand, both are given. */
export function deliveryBody(form: FormData) {
  const order_id = optional(form, "order_id")
  const note = optional(form, "note")
  const delivered_on = text(form, "delivered_on")
  if (order_id) return { delivered_on, order_id, note }
  return { delivered_on, quantity: number(form, "quantity"), value: number(form, "value"), note }
}
