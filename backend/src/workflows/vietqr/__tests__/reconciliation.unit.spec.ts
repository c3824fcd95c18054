import { describe, expect, it } from "vitest"
import { bankInstant, parseBankNotification } from "../../../api/hooks/vietqr/validators"
import { decideTransfer, sameAccount, type PaymentCandidate } from "../decide-transfer"

const open: PaymentCandidate = { id: "pay_1", amount: 155000, order_id: "order_1" }

describe("what a transfer does to the payments its reference names", () => {
  it("captures an open payment it covers, overpaid included", () => {
    expect(decideTransfer(155000, [open])).toEqual({ status: "matched", payment_id: "pay_1", order_id: "order_1" })
    expect(decideTransfer(200000, [{ ...open, amount: "155000" }])).toMatchObject({ status: "matched" })
  })

  it("leaves an underpaid, an already paid and an ambiguous payment to an official", () => {
    expect(decideTransfer(154999, [open])).toMatchObject({ status: "underpaid", payment_id: "pay_1" })
    expect(decideTransfer(155000, [{ ...open, captured_at: new Date() }])).toMatchObject({ status: "already_paid" })
    expect(decideTransfer(155000, [open, { ...open, id: "pay_2" }])).toMatchObject({
      status: "unmatched",
      payment_id: null,
    })
  })

  it("ignores canceled payments, and matches nothing without a payment", () => {
    const canceled = { ...open, id: "pay_0", canceled_at: "2026-11-29T00:00:00Z" }
    expect(decideTransfer(155000, [canceled, open])).toMatchObject({ status: "matched", payment_id: "pay_1" })
    expect(decideTransfer(155000, [canceled])).toMatchObject({ status: "unmatched" })
    expect(decideTransfer(155000, [])).toEqual({ status: "unmatched", payment_id: null, order_id: null })
  })

  it("compares account numbers as banks print them", () => {
    expect(sameAccount("ocopdemo0001", "OCOPDEMO0001")).toBe(true)
    expect(sameAccount("1133 6666 8888", "113366668888")).toBe(true)
    expect(sameAccount("113366668889", "113366668888")).toBe(false)
  })
})

describe("bank notifications", () => {
  const valid = {
    transaction_id: "FT26333123456",
    account_number: "OCOPDEMO0001",
    amount: 155000,
    description: "OCOP7K3M9Q2X",
    transaction_date: "2026-11-29 14:05:09",
  }

  it("read local bank times as Vietnam time, and explicit offsets as written", () => {
    expect(bankInstant("2026-11-29 14:05:09")?.toISOString()).toBe("2026-11-29T07:05:09.000Z")
    expect(bankInstant("2026-11-29T14:05:09+07:00")?.toISOString()).toBe("2026-11-29T07:05:09.000Z")
    expect(bankInstant("2026-11-29T07:05:09Z")?.toISOString()).toBe("2026-11-29T07:05:09.000Z")
    expect(bankInstant("29/11/2026 14:05")).toBeNull()
    expect(bankInstant("2026-02-30 10:00:00")).toBeNull()
  })

  it("are taken with the instant in ISO form and the transaction id as text", () => {
    expect(parseBankNotification({ ...valid, transaction_id: 42, extra: "kept out" })).toEqual({
      ok: true,
      notification: { ...valid, transaction_id: "42", transaction_date: "2026-11-29T07:05:09.000Z" },
    })
  })

  it("are refused naming the first bad field", () => {
    const bad = (over: object) => parseBankNotification({ ...valid, ...over })
    expect(bad({ amount: "155000" })).toMatchObject({ ok: false, message: /^amount: / })
    expect(bad({ amount: 1.5 })).toMatchObject({ ok: false, message: /^amount: / })
    expect(bad({ transaction_id: "" })).toMatchObject({ ok: false, message: /^transaction_id: / })
    expect(bad({ transaction_date: "yesterday" })).toMatchObject({ ok: false, message: /^transaction_date: / })
    expect(parseBankNotification(null)).toMatchObject({ ok: false, message: /^body: / })
  })
})
