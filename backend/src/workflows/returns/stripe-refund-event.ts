import { parseSignatureHeader, verifySignedBody } from "@ocop/core/signed-body"
import type { StripeRefundNews } from "./steps/record-stripe-refund"

type Refund = { object?: string; amount?: number; status?: string; payment_intent?: string | null }
type Delivery = { rawData?: unknown; headers?: Record<string, unknown> }

/** The raw bytes Medusa's webhook route kept, as the event bus hands them over (a Buffer, or its JSON form). */
function rawBytes(raw: unknown): Buffer | null {
  if (Buffer.isBuffer(raw)) return raw
  if (typeof raw === "string") return Buffer.from(raw)
  const json = raw as { type?: string; data?: number[] } | null
  return json?.type === "Buffer" && Array.isArray(json.data) ? Buffer.from(json.data) : null
}

/**
 * The card refunds a Stripe webhook delivery reports, once its signature (`stripe-signature`,
 * HMAC-SHA256 of `<t>.<raw body>` with `STRIPE_WEBHOOK_SECRET`, five minutes' tolerance, compared
 * in constant time) is verified; null for a forged, stale or unrelated delivery. VND has no minor
 * unit for Stripe, so amounts are whole đồng as sent.
 */
export function stripeRefundNews(delivery: Delivery, secret: string | undefined): StripeRefundNews[] | null {
  const body = rawBytes(delivery.rawData)
  const header = delivery.headers?.["stripe-signature"]
  if (!body || typeof header !== "string") return null
  const { timestamp, signatures } = parseSignatureHeader(header)
  if (!verifySignedBody({ secret, body, timestamp, signature: signatures }).ok) return null
  let event: { type?: string; data?: { object?: Refund & { refunds?: { data?: Refund[] } } } }
  try {
    event = JSON.parse(body.toString("utf8"))
  } catch {
    return null
  }
  const object = event.data?.object
  const refunds =
    event.type === "charge.refunded"
      ? (object?.refunds?.data ?? []).map((r) => ({ ...r, payment_intent: r.payment_intent ?? object?.payment_intent }))
      : event.type?.startsWith("refund.") && object
        ? [object]
        : []
  return refunds
    .filter((r) => typeof r.payment_intent === "string" && Number.isInteger(r.amount) && typeof r.status === "string")
    .map((r) => ({ payment_intent: r.payment_intent!, amount: r.amount!, status: r.status! }))
}
