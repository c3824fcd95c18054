import { describe, expect, it } from "vitest"
import { parseCheckout } from "../form"

const ctx = {
  deliveries: [
    { id: "so_home", pickup: false },
    { id: "so_market", pickup: true },
  ],
  providers: ["pp_system_default", "pp_vietqr_vietqr"],
}
const home = {
  email: "khach@example.com",
  name: "Khách Mẫu",
  phone: "0912 345 678",
  delivery: "so_home",
  province: "quang-tri",
  commune: "Phường Đông Hà",
  street: "12 Lê Duẩn",
  payment: "pp_system_default",
}

describe("parseCheckout", () => {
  it("accepts home delivery with a two-level address and normalises the phone to +84", () => {
    const r = parseCheckout(home, ctx)
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        phone: "+84912345678",
        delivery: { id: "so_home", pickup: false },
        address: {
          province: "Tỉnh Quảng Trị",
          provinceKey: "quang-tri",
          commune: "Phường Đông Hà",
          street: "12 Lê Duẩn",
        },
      }),
    })
  })

  it("needs no address for pickup at a sales point", () => {
    const r = parseCheckout({ ...home, delivery: "so_market", province: "", commune: "", street: "" }, ctx)
    expect(r.ok && r.value.address).toBeNull()
  })

  it("names every wrong field at once", () => {
    const r = parseCheckout(
      { email: "not-an-email", name: "", phone: "12345", delivery: "so_home", province: "atlantis", payment: "pp_x" },
      ctx,
    )
    expect(r).toEqual({
      ok: false,
      errors: {
        email: "email",
        name: "required",
        phone: "phone",
        province: "province",
        commune: "required",
        street: "required",
        payment: "payment",
      },
    })
  })

  it("refuses a delivery option the cart was not offered", () => {
    expect(parseCheckout({ ...home, delivery: "so_elsewhere" }, ctx)).toEqual({
      ok: false,
      errors: { delivery: "delivery" },
    })
  })
})

describe("consent at checkout", () => {
  const asking = { ...ctx, consentNeeded: true }

  it("refuses an order without the required consent when none is on record, and never assumes marketing", () => {
    expect(parseCheckout(home, asking)).toEqual({ ok: false, errors: { consent: "consent" } })
    const agreed = parseCheckout({ ...home, consent_processing: "on" }, asking)
    expect(agreed).toEqual({
      ok: true,
      value: expect.objectContaining({ consent: { processing: true, marketing: false } }),
    })
    const both = parseCheckout({ ...home, consent_processing: "on", consent_marketing: "on" }, asking)
    expect(both.ok && both.value.consent).toEqual({ processing: true, marketing: true })
  })

  it("asks nothing of a customer whose consent to the versions in force is on record", () => {
    expect(parseCheckout(home, ctx).ok).toBe(true)
  })
})
