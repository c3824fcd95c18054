import { describe, expect, it } from "vitest"
import type { AgreementView } from "@ocop/core"
import { agreementMoves } from "../agreement-moves"
import { eventDays, splitEvents } from "../format"

describe("trade formatting", () => {
  it("lists upcoming events soonest first, then past ones latest first", () => {
    const events = [
      { id: "a", starts_on: "2025-05-01", ends_on: "2025-05-02" },
      { id: "b", starts_on: "2026-12-01", ends_on: "2026-12-02" },
      { id: "c", starts_on: "2026-11-28", ends_on: "2026-11-30" },
      { id: "d", starts_on: "2026-01-01", ends_on: "2026-01-03" },
    ]
    const { upcoming, past } = splitEvents(events, "2026-11-29")
    expect(upcoming.map((e) => e.id)).toEqual(["c", "b"])
    expect(past.map((e) => e.id)).toEqual(["d", "a"])
    expect(eventDays({ starts_on: "2026-09-18", ends_on: "2026-09-18" }, "vi")).toBe("18/09/2026")
  })
})

describe("agreement moves", () => {
  const base = {
    buyer: { id: "buyer", company_name: "B" },
    seller: { id: "seller", company_name: "S" },
    buyer_signed_at: null,
    seller_signed_at: null,
  }
  const agreement = (over: Partial<AgreementView>) => ({ ...base, ...over }) as AgreementView

  it("lets each party sign a draft once", () => {
    const draft = agreement({ kind: "mou", status: "draft", buyer_signed_at: "2026-01-01T00:00:00Z" })
    expect(agreementMoves(draft, "buyer").canSign).toBe(false)
    expect(agreementMoves(draft, "seller").canSign).toBe(true)
    expect(agreementMoves(draft, "seller").canDeliver).toBe(false)
  })

  it("offers a signed MoU's upgrade, then the contract's signatures", () => {
    const mou = agreement({ kind: "mou", status: "signed_mou" })
    expect(agreementMoves(mou, "buyer")).toMatchObject({ canUpgrade: true, canSign: false, canCancel: true })
    const upgrading = agreement({ kind: "contract", status: "signed_mou", buyer_signed_at: "2026-01-01T00:00:00Z" })
    expect(agreementMoves(upgrading, "seller")).toMatchObject({ canUpgrade: false, canSign: true })
  })

  it("takes deliveries on a contract only, and nothing once final", () => {
    expect(agreementMoves(agreement({ kind: "contract", status: "in_delivery" }), "buyer").canDeliver).toBe(true)
    expect(agreementMoves(agreement({ kind: "contract", status: "fulfilled" }), "buyer")).toMatchObject({
      canDeliver: false,
      canCancel: false,
    })
  })

  it("takes confirmations of recorded deliveries until the contract ends otherwise than fulfilled", () => {
    const moves = (status: AgreementView["status"]) => agreementMoves(agreement({ kind: "contract", status }), "buyer")
    expect(
      ["contract", "in_delivery", "fulfilled", "cancelled", "expired"].map(
        (s) => moves(s as AgreementView["status"]).canConfirm,
      ),
    ).toEqual([true, true, true, false, false])
  })
})
