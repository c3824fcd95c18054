import { describe, expect, it } from "vitest"
import { checkGtin, gtinCheckDigit } from "../gtin"

describe("GTIN", () => {
  it("computes GS1 mod-10 check digits", () => {
    // Examples from the GS1 check digit calculator.
    expect(gtinCheckDigit("629104150021")).toBe(3)
    expect(gtinCheckDigit("893000000001")).toBe(9)
    expect(gtinCheckDigit("9638507")).toBe(4)
  })

  it("normalises GTIN-8/12/13/14 to 14 digits", () => {
    expect(checkGtin("96385074")).toEqual({ ok: true, gtin14: "00000096385074" })
    expect(checkGtin("036000291452")).toEqual({ ok: true, gtin14: "00036000291452" })
    expect(checkGtin("8930000000019")).toEqual({ ok: true, gtin14: "08930000000019" })
    expect(checkGtin("08930000000019")).toEqual({ ok: true, gtin14: "08930000000019" })
  })

  it("names what is wrong with a bad GTIN", () => {
    expect(checkGtin("8930000000017")).toEqual({ ok: false, reason: "check digit is 7, expected 9" })
    expect(checkGtin("89300000000")).toMatchObject({ ok: false, reason: expect.stringMatching(/not 11/) })
    expect(checkGtin("89300000A0019")).toMatchObject({ ok: false, reason: expect.stringMatching(/digits only/) })
  })
})
