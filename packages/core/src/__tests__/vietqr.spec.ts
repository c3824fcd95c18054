import { describe, expect, it } from "vitest"
import { bankName, buildVietQr, crc16, parseEmv, transferNote, VietQrError, VIETQR_BANKS } from "../vietqr"

describe("crc16", () => {
  it("is CRC-16/CCITT-FALSE: the catalogue check value of '123456789' is 29B1", () => {
    expect(crc16("123456789")).toBe("29B1")
  })
})

describe("buildVietQr", () => {
  // The examples of NAPAS's VietQR specification (IBFT v1.5.2): a static code to an account and to a card.
  it("gives the CRC the specification prints for its static account example", () => {
    // That example's account field is one character longer than its length says (a typo in the
    // published sample), so only its checksum is compared.
    const sample = "00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5"
    expect(crc16(sample.slice(0, -4))).toBe("F4E5")
  })

  it("reproduces the specification's static card example", () => {
    expect(buildVietQr({ bin: "970403", account: "9704031101234567", to: "card" })).toBe(
      "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
    )
  })

  it("makes a dynamic code with amount and the order code as the note, and reads back", () => {
    const payload = buildVietQr({ bin: "970436", account: "1023456789", amount: 125000, purpose: "Đơn hàng OCOP-1042" })
    const fields = parseEmv(payload)
    expect(fields["01"]).toBe("12")
    expect(fields["53"]).toBe("704")
    expect(fields["54"]).toBe("125000")
    expect(fields["58"]).toBe("VN")
    expect(fields["62"]).toBe("0818Don hang OCOP 1042")
    expect(fields["38"]).toContain("0006970436011010234567890208QRIBFTTA")
  })

  it("refuses what a bank would refuse, naming the field", () => {
    expect(() => buildVietQr({ bin: "97043", account: "1" })).toThrow(/BIN must be 6 digits/)
    expect(() => buildVietQr({ bin: "970436", account: "12-34" })).toThrow(/account must be/)
    expect(() => buildVietQr({ bin: "970436", account: "1", amount: 12.5 })).toThrow(/whole number/)
    expect(() => buildVietQr({ bin: "970436", account: "1", amount: 0 })).toThrow(VietQrError)
  })

  it("detects a payload whose CRC does not match", () => {
    const payload = buildVietQr({ bin: "970436", account: "1023456789", amount: 50000 })
    expect(() => parseEmv(payload.replace("50000", "90000"))).toThrow(/CRC/)
  })
})

describe("transferNote", () => {
  it("folds Vietnamese to the ASCII banks accept and keeps 25 characters", () => {
    expect(transferNote("Thanh toán đơn #1042 – cảm ơn!")).toBe("Thanh toan don 1042 cam o")
  })
})

describe("VIETQR_BANKS", () => {
  it("offers every bank bankName knows, once, by name, so a form's choice is one the API accepts", () => {
    expect(VIETQR_BANKS.length).toBeGreaterThan(0)
    for (const { bin, name } of VIETQR_BANKS) expect(bankName(bin), bin).toBe(name)
    expect(new Set(VIETQR_BANKS.map((b) => b.bin)).size).toBe(VIETQR_BANKS.length)
    const names = VIETQR_BANKS.map((b) => b.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })
})
