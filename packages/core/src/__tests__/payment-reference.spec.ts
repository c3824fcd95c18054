import { describe, expect, it } from "vitest"
import { findPaymentReference, isPaymentReference, newPaymentReference } from "../payment-reference"
import { buildVietQr, parseEmv } from "../vietqr"

describe("payment references", () => {
  it("are OCOP and 8 Crockford base32 characters from 40 random bits", () => {
    expect(newPaymentReference(() => new Uint8Array(5))).toBe("OCOP00000000")
    expect(newPaymentReference(() => new Uint8Array([255, 255, 255, 255, 255]))).toBe("OCOPZZZZZZZZ")
    // 0x0884210841 is 00001 00010 00010 00010 00010 00010 00010 00001 in 5-bit groups.
    expect(newPaymentReference(() => new Uint8Array([0x08, 0x84, 0x21, 0x08, 0x41]))).toBe("OCOP12222221")
  })

  it("differ from one session to the next and never use I, L, O or U after the prefix", () => {
    const refs = new Set(Array.from({ length: 2000 }, () => newPaymentReference()))
    expect(refs.size).toBe(2000)
    for (const r of refs) {
      expect(isPaymentReference(r)).toBe(true)
      expect(r.slice(4)).not.toMatch(/[ILOU]/)
    }
  })

  it("fit a VietQR note unchanged", () => {
    const ref = newPaymentReference()
    const fields = parseEmv(buildVietQr({ bin: "970436", account: "OCOPDEMO0001", amount: 125000, purpose: ref }))
    expect(fields["62"]).toBe(`08${String(ref.length).padStart(2, "0")}${ref}`)
  })

  it("are found in bank statement lines as banks write them", () => {
    expect(findPaymentReference("OCOP7K3M9Q2X")).toBe("OCOP7K3M9Q2X")
    expect(findPaymentReference("MBVCB.1234567.OCOP7K3M9Q2X.CT tu 0123456789 NGUYEN VAN A")).toBe("OCOP7K3M9Q2X")
    expect(findPaymentReference("ocop7k3m9q2x chuyen tien")).toBe("OCOP7K3M9Q2X")
    expect(findPaymentReference("Thanh toan OCOP 7K3M 9Q2X")).toBe("OCOP7K3M9Q2X")
    expect(findPaymentReference("chuyen tien mua hang")).toBeNull()
    expect(findPaymentReference("OCOP QUANG TRI")).toBeNull()
  })
})
