// Medusa's Stripe provider converts every amount with these two functions before it talks to
// Stripe (initiatePayment, updatePayment, refundPayment) and after (webhooks, retrievePayment).
// They ship with @medusajs/medusa 2.21.2 (dependency @medusajs/payment-stripe).
import { getAmountFromSmallestUnit, getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import { describe, expect, it } from "vitest"

describe("Stripe amounts in đồng", () => {
  it("send 125 000 VND as 125000: the đồng is zero-decimal for Stripe, no ×100", () => {
    expect(getSmallestUnit(125000, "vnd")).toBe(125000)
    expect(getSmallestUnit("125000", "VND")).toBe(125000)
    expect(getSmallestUnit({ value: "125000", precision: 20 }, "vnd")).toBe(125000)
  })

  it("read Stripe's amounts back unchanged (webhook events, refunds)", () => {
    expect(getAmountFromSmallestUnit(125000, "vnd")).toBe(125000)
  })

  it("unlike a two-decimal currency", () => {
    expect(getSmallestUnit(12.5, "usd")).toBe(1250)
  })
})
