import { describe, expect, it } from "vitest"
import { parseLookup } from "../lookup-form"

describe("the find-my-order form", () => {
  it("reads the number as printed and an e-mail or a Vietnamese phone", () => {
    expect(parseLookup({ number: " #12 ", contact: " Khach@Example.vn " })).toEqual({
      ok: true,
      value: { displayId: 12, contact: { email: "khach@example.vn" } },
    })
    expect(parseLookup({ number: "7", contact: "0912 345 678" })).toEqual({
      ok: true,
      value: { displayId: 7, contact: { phone: "+84912345678" } },
    })
  })

  it("names the field that cannot be an order's", () => {
    for (const number of ["", "0", "abc", "12a", "99999999999", "3000000000"])
      expect(parseLookup({ number, contact: "khach@example.vn" })).toEqual({ ok: false, error: "number" })
    for (const contact of ["", "khach@", "12", "+1 555 0100"])
      expect(parseLookup({ number: "12", contact })).toEqual({ ok: false, error: "contact" })
  })
})
