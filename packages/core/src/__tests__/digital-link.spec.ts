import { describe, expect, it } from "vitest"
import { digitalLinkPath, encodeDigitalLinkValue, parseDigitalLinkPath } from "../digital-link"

// GS1's own example GTIN from the Digital Link standard: 09506000134352 (check digit 2).
const GTIN14 = "09506000134352"

describe("GS1 Digital Link paths", () => {
  it("writes the canonical form: GTIN-14, lot, serial, reserved characters percent-encoded", () => {
    expect(digitalLinkPath({ gtin: "9506000134352", lot: "ABC/123", serial: "12345" })).toBe(
      `/01/${GTIN14}/10/ABC%2F123/21/12345`,
    )
    expect(encodeDigitalLinkValue("A+B&C")).toBe("A%2BB%26C")
    expect(encodeDigitalLinkValue("lo-t_1.x")).toBe("lo-t_1.x")
  })

  it("reads GTIN-8, -12, -13 and -14 and normalises to 14 digits", () => {
    for (const gtin of ["96385074", "036000291452", "9506000134352", GTIN14]) {
      const parsed = parseDigitalLinkPath(`/01/${gtin}`)
      expect(parsed.ok && "gtin" in parsed.key && parsed.key.gtin).toBe(gtin.padStart(14, "0"))
    }
  })

  it("round-trips a lot and a serial with encoded characters", () => {
    const key = { gtin: GTIN14, lot: "L%/2026", serial: "S(1)*" }
    const parsed = parseDigitalLinkPath(digitalLinkPath(key))
    expect(parsed).toEqual({ ok: true, key })
  })

  it("reads the CPV (22) before lot and serial, and writes it back in that place", () => {
    const key = { gtin: GTIN14, cpv: "V1", lot: "L/26", serial: "S1" }
    expect(digitalLinkPath(key)).toBe(`/01/${GTIN14}/22/V1/10/L%2F26/21/S1`)
    expect(parseDigitalLinkPath(`/01/${GTIN14}/22/V1/10/L%2F26/21/S1`)).toEqual({ ok: true, key })
  })

  it("reads percent-encoding in either case, and writes it in capitals", () => {
    expect(parseDigitalLinkPath(`/01/${GTIN14}/10/A%2bB`)).toEqual({ ok: true, key: { gtin: GTIN14, lot: "A+B" } })
    expect(digitalLinkPath({ gtin: GTIN14, lot: "A+B" })).toBe(`/01/${GTIN14}/10/A%2BB`)
  })

  it("accepts a serial without a lot, and a trailing slash", () => {
    expect(parseDigitalLinkPath(`/01/${GTIN14}/21/9/`)).toEqual({ ok: true, key: { gtin: GTIN14, serial: "9" } })
  })

  it.each([
    ["/01/09506000134353", "check digit is 3, expected 2"],
    ["/01/950600013435", "check digit"],
    ["/01/12345", "8, 12, 13 or 14 digits"],
    ["/02/09506000134352", "must start with /01/"],
    [`/01/${GTIN14}/23/X`, "not a key qualifier"],
    [`/01/${GTIN14}/21/1/10/A`, "key qualifiers come as CPV (22), lot (10), serial (21)"],
    [`/01/${GTIN14}/10/A/22/V`, "key qualifiers come as CPV (22), lot (10), serial (21)"],
    [`/01/${GTIN14}/10`, "has no value"],
    [`/01/${GTIN14}/10/A%20B`, "outside GS1 character set 82"],
    [`/01/${GTIN14}/10/%E0%A4`, "not valid percent-encoding"],
    [`/01/${GTIN14}/10/%E0%A4%A`, 'holds "%", which a Digital Link writes percent-encoded (%25)'],
    [`/01/${GTIN14}/10/A+B`, 'holds "+", which a Digital Link writes percent-encoded (%2B)'],
    [`/01/${GTIN14}/10/NM%32610`, '%32 stands for "2", which a Digital Link writes as it is'],
    [`/01/${GTIN14}/21/%41BC`, '%41 stands for "A"'],
    [`/01/${GTIN14}/10/${"X".repeat(21)}`, "at most 20"],
  ])("refuses %s, saying why", (path, reason) => {
    const parsed = parseDigitalLinkPath(path)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? "" : parsed.reason).toContain(reason)
  })

  it("refuses to write a key it could not read back", () => {
    expect(() => digitalLinkPath({ gtin: GTIN14, lot: "lô 1" })).toThrow(/character set 82/)
    expect(() => digitalLinkPath({ gtin: "09506000134353" })).toThrow(/check digit/)
  })
})

describe("the fallback path for products without a GTIN", () => {
  it("uses the product handle in place of the GTIN, with the same qualifiers", () => {
    const key = { handle: "tra-vang-khe-sanh", lot: "L/26", serial: "X1" }
    expect(digitalLinkPath(key)).toBe("/p/tra-vang-khe-sanh/10/L%2F26/21/X1")
    expect(parseDigitalLinkPath("/p/tra-vang-khe-sanh/10/L%2F26/21/X1")).toEqual({ ok: true, key })
  })

  it("names a bad handle", () => {
    expect(parseDigitalLinkPath("/p/Not_A_Handle")).toEqual({
      ok: false,
      reason: '"Not_A_Handle" is not a product handle',
    })
    expect(() => digitalLinkPath({ handle: "Bad Handle" })).toThrow(/not a product handle/)
  })
})
