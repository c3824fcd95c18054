import { describe, expect, it } from "vitest"
import { scanCode } from "../code-path"

const GTIN = "08930000001016"

describe("scanCode", () => {
  it("rebuilds a GS1 Digital Link path with lot and serial, and passes the token through", () => {
    expect(scanCode("01", GTIN, ["10", "L2611", "21", "A7K2M9"], { s: "tok_123" })).toEqual({
      code: `/01/${GTIN}/10/L2611/21/A7K2M9`,
      token: "tok_123",
    })
  })

  it("is the bare GTIN path without rest segments, and has no token without ?s=", () => {
    expect(scanCode("01", GTIN, undefined, {})).toEqual({ code: `/01/${GTIN}` })
    expect(scanCode("01", GTIN, [], { s: "" })).toEqual({ code: `/01/${GTIN}` })
  })

  it("re-encodes segments so that a value holding a slash or a space stays one segment", () => {
    expect(scanCode("01", GTIN, ["10", "A/B 1%"], {}).code).toBe(`/01/${GTIN}/10/A%2FB%201%25`)
  })

  it("gives the same code for params still percent-encoded, as the page receives them", () => {
    expect(scanCode("01", GTIN, ["10", "A%2FB%201%25"], {}).code).toBe(`/01/${GTIN}/10/A%2FB%201%25`)
    expect(scanCode("01", GTIN, ["10", "L%C3%A0"], {}).code).toBe(scanCode("01", GTIN, ["10", "Là"], {}).code)
  })

  it("builds the fallback path of products without a GTIN", () => {
    expect(scanCode("p", "nuoc-mam-tung-van", ["10", "L1"], {}).code).toBe("/p/nuoc-mam-tung-van/10/L1")
  })

  it("appends what the resolver could not find, so the backend can warn about it", () => {
    expect(scanCode("01", GTIN, [], { unregistered: "/10/BADLOT" }).code).toBe(`/01/${GTIN}/10/BADLOT`)
    expect(scanCode("01", GTIN, ["10", "L2611"], { unregistered: "/21/NOPE", s: "t" })).toEqual({
      code: `/01/${GTIN}/10/L2611/21/NOPE`,
      token: "t",
    })
  })

  it("ignores an ?unregistered= the resolver could not have written", () => {
    for (const unregistered of ["10/BADLOT", "/10//X", "/10/X?y=1", "/", ""]) {
      expect(scanCode("01", GTIN, [], { unregistered }).code).toBe(`/01/${GTIN}`)
    }
  })

  it("takes the first value of a repeated query parameter", () => {
    expect(scanCode("01", GTIN, [], { s: ["a", "b"], unregistered: ["/10/X", "/10/Y"] })).toEqual({
      code: `/01/${GTIN}/10/X`,
      token: "a",
    })
  })
})
