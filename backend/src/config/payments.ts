import { VIETQR_PROVIDER_ID } from "@ocop/core"
import { vietQrOptionsFromEnv } from "../modules/vietqr-payment/options"

/** Medusa's provider ids: `pp_<identifier>_<id given below>`. */
export const PaymentProviders = {
  /** Medusa's built-in manual provider: cash on delivery. */
  cashOnDelivery: "pp_system_default",
  vietQr: VIETQR_PROVIDER_ID,
  stripe: "pp_stripe_stripe",
} as const

/**
 * The Payment Module with its providers. VietQR is always on (its account from VIETQR_*, or the demo
 * account outside production); Stripe only when STRIPE_API_KEY is set, since without a key the
 * provider cannot do anything and Medusa's Stripe provider refuses to load.
 */
export function paymentModule(env: NodeJS.ProcessEnv = process.env) {
  const providers: { resolve: string; id: string; options: object }[] = [
    { resolve: "./src/modules/vietqr-payment", id: "vietqr", options: vietQrOptionsFromEnv(env) },
  ]
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      // Manual capture (Medusa's default): the card is authorized at checkout and charged when the
      // order is captured in the admin, as with the other methods.
      options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
    })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers, webhook_delay: webhookDelay(env) } }
}

/**
 * How long Medusa's payment webhook route waits before handling a delivery (its race guard against
 * the checkout that created the payment): Medusa's 5 s unless PAYMENT_WEBHOOK_DELAY_MS says otherwise.
 */
function webhookDelay(env: NodeJS.ProcessEnv): number {
  const raw = env.PAYMENT_WEBHOOK_DELAY_MS
  if (raw === undefined || raw === "") return 5_000
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`PAYMENT_WEBHOOK_DELAY_MS must be a whole number of milliseconds, got ${JSON.stringify(raw)}`)
  return ms
}

/** What the shop's region offers at checkout, in this order. */
export function regionPaymentProviders(env: NodeJS.ProcessEnv = process.env): string[] {
  const ids: string[] = [PaymentProviders.cashOnDelivery, PaymentProviders.vietQr]
  if (env.STRIPE_API_KEY) ids.push(PaymentProviders.stripe)
  return ids
}
