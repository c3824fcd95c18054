/**
 * The Store API's refusals, read into what a portal form can say in the page's language. The API
 * answers in English for developers (Medusa's "Invalid request: Field 'x' is required; …", or a
 * workflow's own sentence); a business sees a message under each field the API named and one
 * sentence for the form, both translated (`TradeErrors` in messages/*.json). A refusal nobody
 * foresaw gets a general sentence for its status, never the API's text.
 */
export type Refusal = {
  status: number
  /** A form field's name → the message key (under `TradeErrors`) shown under that field. */
  fields: Record<string, string>
  /** The message key (under `TradeErrors`) shown for the whole form. */
  problem: string
}

/** The message heading for an API status: a taken slot (409) and a refused file read differently. */
export function errorHeading(status: number) {
  switch (status) {
    case 401:
      return "signedOut"
    case 403:
      return "notVerified"
    case 404:
      return "notFound"
    case 409:
      return "conflict"
    case 413:
      return "tooLarge"
    case 415:
      return "notPdf"
    default:
      return "failed"
  }
}

/** The body fields of the portal's forms; each has a message under `TradeErrors.fields`. */
export const REFUSAL_FIELDS = [
  "company_name",
  "tax_code",
  "type",
  "phone",
  "commune_code",
  "title",
  "group_code",
  "keywords",
  "quantity",
  "min_stars",
  "deadline",
  "price_ceiling",
  "product_id",
  "monthly_capacity",
  "price_min",
  "price_max",
  "delivery_radius_km",
  "certifications",
  "note",
  "counterpart_id",
  "event_id",
  "slot_start",
  "message",
  "kind",
  "lines",
  "term_start",
  "term_end",
  "delivered_on",
  "value",
  "order_id",
  "notes",
] as const
const KNOWN = new Set<string>(REFUSAL_FIELDS)

/** The workflows' own refusals worth their own sentence, some of them about one field. */
const RULES: { match: RegExp; key: string; field?: string }[] = [
  { match: /^deadline is in the past/, key: "deadlinePast", field: "deadline" },
  { match: /give a product set \(group_code\) or keywords/, key: "groupOrKeywords" },
  { match: /^price_min must not exceed price_max/, key: "priceOrder", field: "price_max" },
  { match: /^term_start and term_end must be/, key: "termOrder", field: "term_end" },
  { match: /^delivered_on .*not in the future/, key: "deliveredFuture", field: "delivered_on" },
  { match: /^quantity and value \(VND\) are required/, key: "deliveryAmounts" },
  { match: /^counterpart_id is your own business/, key: "ownBusiness" },
  { match: /^No verified business with id/, key: "counterpartUnknown" },
  { match: / is over; meetings can no longer be booked/, key: "fairOver" },
  { match: /^You already have a meeting in this slot/, key: "youBusy" },
  { match: /already has a meeting in this slot/, key: "counterpartBusy" },
  { match: /^Every meeting table is taken/, key: "noTable" },
  { match: /has not verified this business profile|did not verify this business profile/, key: "notVerified" },
  { match: /^Only a producer's verified account can post offers/, key: "producersOnly" },
  { match: /^product_id .* is not one of your products/, key: "notYourProduct", field: "product_id" },
  { match: /holds no valid OCOP certificate/, key: "notCertified" },
  { match: /^lines\[\d+\]\.product_id is not a product of/, key: "notSellersProduct", field: "lines" },
  { match: /^one party must be a verified OCOP producer/, key: "needsProducer" },
  { match: /has no business profile/, key: "noProfile" },
  { match: /^order .* is already recorded/, key: "orderRecorded", field: "order_id" },
  { match: /^No order .* placed by the buyer/, key: "orderUnknown", field: "order_id" },
  { match: /^The order was cancelled/, key: "orderCancelled", field: "order_id" },
  { match: /^The order holds none of the agreement's products/, key: "orderNoProducts", field: "order_id" },
  { match: /^order_id: only the buyer/, key: "orderBuyerOnly", field: "order_id" },
  { match: /^tax_code .* is held by verified business/, key: "taxCodeHeld", field: "tax_code" },
  { match: /^You have already signed/, key: "alreadySigned" },
]

/** Every form sentence a workflow's refusal can be given, for the messages' completeness test. */
export const REFUSAL_PROBLEMS = RULES.map((r) => r.key)

/** The form field a message is about: Medusa names it "field 'x'", our validators start with it. */
function fieldOf(part: string): string | null {
  const named = /field '([^']+)'/i.exec(part)?.[1]
  const first = named ? named.split(",")[0].trim() : /^([a-z_]+)(?:\[\d+\])?[\s:.]/.exec(part)?.[1]
  return first && KNOWN.has(first) ? first : null
}

/** Reads an API refusal (its status and message) into field and form messages. */
export function readRefusal({ status, message }: { status: number; message: string }): Refusal {
  const prefix = "Invalid request: "
  const parts = message.startsWith(prefix) ? message.slice(prefix.length).split("; ") : [message]
  const fields: Record<string, string> = {}
  let problem: string | null = null
  for (const part of parts) {
    const rule = RULES.find((r) => r.match.test(part))
    if (rule?.field) fields[rule.field] ??= `problems.${rule.key}`
    else if (rule) problem ??= `problems.${rule.key}`
    else {
      const field = fieldOf(part)
      if (field) fields[field] ??= `fields.${field}`
    }
  }
  const fallback = Object.keys(fields).length ? "generic.checkFields" : `generic.${errorHeading(status)}`
  return { status, fields, problem: problem ?? fallback }
}
