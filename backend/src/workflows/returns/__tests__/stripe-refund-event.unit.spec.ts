import { signatureHeader } from "@ocop/core/signed-body"
import { describe, expect, it } from "vitest"
import { stripeRefundNews } from "../stripe-refund-event"

const SECRET = "whsec_unit"
const refund = { id: "re_1", object: "refund", amount: 90000, status: "succeeded", payment_intent: "pi_1" }
const event = (type: string, object: unknown) => JSON.stringify({ id: "evt_1", type, data: { object } })
/** A delivery as Medusa's webhook route hands it to subscribers: the raw bytes (a Buffer's JSON form) and headers. */
const delivery = (body: string, header: string) => ({
  rawData: JSON.parse(JSON.stringify(Buffer.from(body))),
  headers: { "stripe-signature": header },
})
const now = () => Math.floor(Date.now() / 1000)

describe("Stripe's refund events", () => {
  it("reads a signed refund.updated and charge.refunded, the refunds' intent, amount and state", () => {
    const updated = event("refund.updated", refund)
    expect(stripeRefundNews(delivery(updated, signatureHeader(SECRET, updated, now())), SECRET)).toEqual([
      { payment_intent: "pi_1", amount: 90000, status: "succeeded" },
    ])
    const charge = event("charge.refunded", {
      object: "charge",
      payment_intent: "pi_1",
      refunds: { data: [{ ...refund, payment_intent: undefined }] },
    })
    expect(stripeRefundNews(delivery(charge, signatureHeader(SECRET, charge, now())), SECRET)).toEqual([
      { payment_intent: "pi_1", amount: 90000, status: "succeeded" },
    ])
  })

  it("drops a forged, stale, tampered or unsigned delivery, and events that are not refunds", () => {
    const body = event("refund.updated", refund)
    expect(stripeRefundNews(delivery(body, signatureHeader("whsec_other", body, now())), SECRET)).toBeNull()
    expect(stripeRefundNews(delivery(body, signatureHeader(SECRET, body, now() - 600)), SECRET)).toBeNull()
    const tampered = body.replace("90000", "9000000")
    expect(stripeRefundNews(delivery(tampered, signatureHeader(SECRET, body, now())), SECRET)).toBeNull()
    expect(stripeRefundNews({ rawData: body, headers: {} }, SECRET)).toBeNull()
    expect(stripeRefundNews(delivery(body, signatureHeader(SECRET, body, now())), undefined)).toBeNull()
    const intent = event("payment_intent.succeeded", { id: "pi_1", amount: 90000, status: "succeeded" })
    expect(stripeRefundNews(delivery(intent, signatureHeader(SECRET, intent, now())), SECRET)).toEqual([])
  })
})
