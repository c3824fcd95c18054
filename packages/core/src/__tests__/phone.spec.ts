import { describe, expect, it } from "vitest"
import { formatVietnamesePhone, normalizeVietnamesePhone } from "../phone"
import { VIETNAM_PROVINCES } from "../provinces"

describe("normalizeVietnamesePhone", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    ["0912.345.678", "+84912345678"],
    ["+84 912-345-678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["+84 0912 345 678", "+84912345678"],
    ["0333 123 456", "+84333123456"],
    ["0233 3852 123", "+842333852123"],
  ])("accepts %s as %s", (input, e164) => {
    expect(normalizeVietnamesePhone(input)).toEqual({ ok: true, e164 })
  })

  it.each([
    ["", "empty"],
    ["0912 345 67", "10 digits"],
    ["0112 345 678", "10 digits"],
    ["+1 415 555 0100", "+84"],
    ["0912-abc-678", "only digits"],
    ["912345678", "start with 0"],
  ])("refuses %j, saying why", (input, reason) => {
    const result = normalizeVietnamesePhone(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? "" : result.reason).toContain(reason)
  })

  it("reads a number back the Vietnamese way", () => {
    expect(formatVietnamesePhone("+84912345678")).toBe("0912 345 678")
  })
})

describe("VIETNAM_PROVINCES", () => {
  it("lists the 34 units in force since 1 July 2025, Quảng Trị first, keys unique", () => {
    expect(VIETNAM_PROVINCES).toHaveLength(34)
    expect(VIETNAM_PROVINCES[0].name).toBe("Tỉnh Quảng Trị")
    expect(new Set(VIETNAM_PROVINCES.map((p) => p.key)).size).toBe(34)
    expect(VIETNAM_PROVINCES.filter((p) => p.name.startsWith("Thành phố"))).toHaveLength(6)
  })
})
