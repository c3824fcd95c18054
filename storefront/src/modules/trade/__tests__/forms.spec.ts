import { describe, expect, it } from "vitest"
import type { NeedView } from "@ocop/core"
import { agreementBody, closedNeed, deliveryBody, needBody, offerBody, splitList } from "../forms"

const form = (entries: [string, string][]) => {
  const f = new FormData()
  for (const [k, v] of entries) f.append(k, v)
  return f
}

describe("trade forms", () => {
  it("reads a need: keywords split on commas, VND with thousands dots, empty ceiling as null", () => {
    const body = needBody(
      form([
        ["title", " Nước mắm cho chuỗi cửa hàng "],
        ["group_code", ""],
        ["keywords", "nước mắm, mắm ruốc,,"],
        ["quantity", "2000"],
        ["min_stars", "4"],
        ["deadline", "2026-12-31"],
        ["price_ceiling", "150.000"],
      ]),
    )
    expect(body).toEqual({
      title: "Nước mắm cho chuỗi cửa hàng",
      group_code: null,
      keywords: ["nước mắm", "mắm ruốc"],
      quantity: 2000,
      min_stars: 4,
      deadline: "2026-12-31",
      price_ceiling: 150000,
    })
    expect(needBody(form([["price_ceiling", ""]])).price_ceiling).toBeNull()
    expect(needBody(form([["quantity", "abc"]])).quantity).toBeNaN()
  })

  it("closes a need by re-sending its own fields only, with status closed", () => {
    const need = {
      id: "tnd_1",
      business_id: "biz_1",
      created_at: "2026-01-01",
      title: "Cà phê",
      group_code: "I.6",
      keywords: ["cà phê"],
      quantity: 300,
      min_stars: 3,
      commune_code: null,
      latitude: 16.8,
      longitude: 107.1,
      deadline: "2026-01-31",
      price_ceiling: null,
      status: "open",
    } as NeedView
    const body = closedNeed(need)
    expect(body.status).toBe("closed")
    expect(body).not.toHaveProperty("id")
    expect(body).not.toHaveProperty("business_id")
    expect(body).not.toHaveProperty("created_at")
  })

  it("reads an offer with an optional delivery radius", () => {
    const body = offerBody(
      form([
        ["product_id", "prod_1"],
        ["monthly_capacity", "1500"],
        ["price_min", "90000"],
        ["price_max", "130 000"],
        ["delivery_radius_km", ""],
      ]),
    )
    expect(body).toMatchObject({ product_id: "prod_1", monthly_capacity: 1500, price_max: 130000 })
    expect(body.delivery_radius_km).toBeNull()
    expect(body.certifications).toEqual([])
  })

  it("keeps the filled agreement lines and refuses an agreement without any", () => {
    const lines = [
      ["line_product_id", "prod_1"],
      ["line_quantity", "100"],
      ["line_unit_price", "120.000"],
      ["line_product_id", ""],
      ["line_quantity", ""],
      ["line_unit_price", ""],
    ] as [string, string][]
    const parsed = agreementBody(form([["kind", "mou"], ["counterpart_id", "biz_2"], ...lines]))
    expect(parsed.ok && parsed.body.lines).toEqual([{ product_id: "prod_1", quantity: 100, unit_price: 120000 }])
    expect(parsed.ok && parsed.body.meeting_id).toBeNull()
    expect(agreementBody(form([["kind", "mou"]]))).toEqual({ ok: false, code: "noLines" })
  })

  it("takes a delivery from an order without quantity or value", () => {
    expect(
      deliveryBody(
        form([
          ["delivered_on", "2026-10-01"],
          ["order_id", "order_1"],
          ["quantity", "5"],
        ]),
      ),
    ).toEqual({ delivered_on: "2026-10-01", order_id: "order_1", note: null })
    expect(
      deliveryBody(
        form([
          ["delivered_on", "2026-10-01"],
          ["quantity", "5"],
          ["value", "500.000"],
        ]),
      ),
    ).toEqual({ delivered_on: "2026-10-01", quantity: 5, value: 500000, note: null })
  })

  it("splits lists on commas, semicolons and new lines", () => {
    expect(splitList("HACCP; VietGAP\nISO 22000, ")).toEqual(["HACCP", "VietGAP", "ISO 22000"])
  })
})
