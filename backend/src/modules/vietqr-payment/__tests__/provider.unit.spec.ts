import { BigNumber } from "@medusajs/framework/utils"
import { parseEmv } from "@ocop/core"
import { describe, expect, it, vi } from "vitest"
import { DEMO_VIETQR, vietQrOptionsFromEnv } from "../options"
import VietQrPaymentProvider from "../service"

const options = { bank_bin: "970415", account: "113366668888", account_name: "HTX NONG SAN QUANG TRI" }
const provider = (o = options) => new VietQrPaymentProvider({ logger: { warn: vi.fn() } as never }, o)

describe("VietQR provider", () => {
  it("starts a session with exactly the data the storefront reads, and a code for the amount", async () => {
    const { id, data } = await provider().initiatePayment({ amount: 155000, currency_code: "vnd" })
    expect(Object.keys(data!).sort()).toEqual(["account", "account_name", "amount", "bank_bin", "qr", "reference"])
    expect(data).toMatchObject({ reference: id, amount: 155000, ...options })
    const fields = parseEmv(data!.qr as string)
    expect(fields["38"]).toContain("0006970415")
    expect(fields["38"]).toContain("0112113366668888")
    expect(fields["54"]).toBe("155000")
    expect(fields["62"]).toContain(id)
    expect(id).toMatch(/^OCOP[0-9A-HJKMNP-TV-Z]{8}$/)
  })

  it("reads Medusa's amount forms (number, string, raw value, BigNumber) as whole đồng", async () => {
    for (const amount of [125000, "125000", { value: "125000", precision: 20 }, new BigNumber(125000)]) {
      const { data } = await provider().initiatePayment({ amount, currency_code: "VND" })
      expect(data!.amount).toBe(125000)
    }
  })

  it("refuses a fraction of a đồng, nothing to pay, and other currencies", async () => {
    await expect(provider().initiatePayment({ amount: 1250.5, currency_code: "vnd" })).rejects.toThrow(/whole/)
    await expect(provider().initiatePayment({ amount: 0, currency_code: "vnd" })).rejects.toThrow(/positive/)
    await expect(provider().initiatePayment({ amount: 10, currency_code: "usd" })).rejects.toThrow(/VND/)
  })

  it("authorizes a placed order with the session's data and nothing a client added to it", async () => {
    const { data } = await provider().initiatePayment({ amount: 90000, currency_code: "vnd" })
    const out = await provider().authorizePayment({ data: { ...data, note: "from the client" } })
    expect(out).toEqual({ status: "authorized", data })
    expect(await provider().authorizePayment({ data: {} })).toMatchObject({ status: "error" })
  })

  it("keeps the reference when the amount changes, and acknowledges capture without calling anyone", async () => {
    const { data } = await provider().initiatePayment({ amount: 90000, currency_code: "vnd" })
    const { data: updated } = await provider().updatePayment({ amount: 120000, currency_code: "vnd", data })
    expect(updated).toMatchObject({ reference: data!.reference, amount: 120000 })
    expect(parseEmv(updated!.qr as string)["54"]).toBe("120000")
    expect(await provider().capturePayment({ data: updated })).toEqual({ data: updated })
    expect(await provider().getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({
      action: "not_supported",
    })
  })

  it("checks its options when Medusa loads it", () => {
    expect(() => VietQrPaymentProvider.validateOptions({ ...options, bank_bin: "9704" })).toThrow(/6-digit/)
    expect(() => VietQrPaymentProvider.validateOptions({ ...options, account: "12-34" })).toThrow(/account/)
    expect(() => VietQrPaymentProvider.validateOptions(options)).not.toThrow()
  })
})

describe("VietQR settings from the environment", () => {
  const account = { VIETQR_BANK_BIN: "970415", VIETQR_ACCOUNT: "113366668888", VIETQR_ACCOUNT_NAME: "HTX QUANG TRI" }

  it("use the demo account outside production when nothing is set", () => {
    expect(vietQrOptionsFromEnv({ NODE_ENV: "development" })).toEqual(DEMO_VIETQR)
    expect(vietQrOptionsFromEnv({ NODE_ENV: "test" })).toMatchObject({ demo: true })
  })

  it("refuse to run a production shop without an account, unless the demo is asked for", () => {
    expect(() => vietQrOptionsFromEnv({ NODE_ENV: "production" })).toThrow(/VIETQR_BANK_BIN.*VIETQR_DEMO=true/)
    expect(vietQrOptionsFromEnv({ NODE_ENV: "production", VIETQR_DEMO: "true" })).toEqual(DEMO_VIETQR)
    expect(() => vietQrOptionsFromEnv({ NODE_ENV: "development", VIETQR_DEMO: "false" })).toThrow(/not configured/)
  })

  it("take a configured account as given, and name the setting that is wrong", () => {
    expect(vietQrOptionsFromEnv({ NODE_ENV: "production", ...account })).toEqual({
      bank_bin: "970415",
      account: "113366668888",
      account_name: "HTX QUANG TRI",
    })
    expect(() => vietQrOptionsFromEnv({ ...account, VIETQR_ACCOUNT_NAME: "" })).toThrow(
      /VIETQR_ACCOUNT_NAME is not set/,
    )
    expect(() => vietQrOptionsFromEnv({ ...account, VIETQR_BANK_BIN: "VCB" })).toThrow(/VIETQR_BANK_BIN must be/)
  })
})
