import { isVietQrAccount } from "@ocop/core"

/** The shop's receiving bank account: where VietQR codes send shoppers' transfers. */
export type VietQrOptions = {
  /** The bank's 6-digit NAPAS BIN. */
  bank_bin: string
  account: string
  /** Shown to the shopper next to the code, as the bank shows it (upper case, no accents). */
  account_name: string
  /** True when the built-in demonstration account is used: transfers to it reach no one. */
  demo?: boolean
}

/**
 * A demonstration account, used only outside production or with VIETQR_DEMO=true: BIN 970436 is a
 * real bank (Vietcombank), but no account there is named OCOPDEMO0001, so a banking app refuses
 * the transfer instead of sending money to a stranger.
 */
export const DEMO_VIETQR: VietQrOptions = {
  bank_bin: "970436",
  account: "OCOPDEMO0001",
  account_name: "OCOP QUANG TRI DEMO",
  demo: true,
}

const OPTION_NAMES = { bank_bin: "bank_bin", account: "account", account_name: "account_name" }
const ENV_NAMES = { bank_bin: "VIETQR_BANK_BIN", account: "VIETQR_ACCOUNT", account_name: "VIETQR_ACCOUNT_NAME" }

/** Throws, naming the setting, unless VietQR codes can be built for this account. */
export function assertVietQrOptions(options: Partial<VietQrOptions>, names = OPTION_NAMES): VietQrOptions {
  for (const key of ["bank_bin", "account", "account_name"] as const) {
    if (typeof options[key] !== "string" || !options[key]) throw new Error(`VietQR: ${names[key]} is not set`)
  }
  if (!/^\d{6}$/.test(options.bank_bin!)) {
    throw new Error(`VietQR: ${names.bank_bin} must be the bank's 6-digit NAPAS BIN, got "${options.bank_bin}"`)
  }
  if (!isVietQrAccount(options.account!)) {
    throw new Error(`VietQR: ${names.account} must be 1–19 letters or digits, got "${options.account}"`)
  }
  return options as VietQrOptions
}

/**
 * The account from the environment. Without any VIETQR_* account setting the demo account is used,
 * but in production only when VIETQR_DEMO=true says so: a live shop must not show codes for an
 * account that is not its own, so it refuses to start instead (docs/payments.md).
 */
export function vietQrOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): VietQrOptions {
  const given = {
    bank_bin: env.VIETQR_BANK_BIN || undefined,
    account: env.VIETQR_ACCOUNT || undefined,
    account_name: env.VIETQR_ACCOUNT_NAME || undefined,
  }
  if (!given.bank_bin && !given.account && !given.account_name) {
    const demoAllowed = env.VIETQR_DEMO === "true" || (env.NODE_ENV !== "production" && env.VIETQR_DEMO !== "false")
    if (demoAllowed) return DEMO_VIETQR
    throw new Error(
      "VietQR bank transfer is not configured: set VIETQR_BANK_BIN, VIETQR_ACCOUNT and VIETQR_ACCOUNT_NAME " +
        "to the shop's receiving account, or VIETQR_DEMO=true to run with the demonstration account.",
    )
  }
  return assertVietQrOptions(given, ENV_NAMES)
}
