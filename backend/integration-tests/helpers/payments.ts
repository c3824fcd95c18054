import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { signatureHeader } from "@ocop/core/signed-body"
import { createRequire } from "node:module"
import { BANK_TRANSFER_MODULE } from "../../src/modules/bank-transfer"
import type BankTransferModuleService from "../../src/modules/bank-transfer/service"

export type OrderPayment = {
  id: string
  provider_id: string
  amount: number
  data: Record<string, unknown>
  captured_at: string | null
  captures: { id: string; amount: number }[]
}

/** The order's (single) payment with its captures, as Medusa's payment module holds it. */
export async function orderPayment(container: MedusaContainer, orderId: string): Promise<OrderPayment> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const payments = (data[0] as { payment_collections: { payments: OrderPayment[] }[] }).payment_collections.flatMap(
    (c) => c.payments,
  )
  if (payments.length !== 1) throw new Error(`order ${orderId} has ${payments.length} payments`)
  return payments[0]
}

export const bankTransfers = (container: MedusaContainer) =>
  container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)

/** Posts a bank notification to /hooks/vietqr, signed as the bank signs it unless told otherwise. */
export function bankWebhook(baseUrl: string, secret: string) {
  return async (body: unknown, opts: { timestamp?: number; signature?: string | null } = {}) => {
    const raw = typeof body === "string" ? body : JSON.stringify(body)
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000)
    const signature = opts.signature === undefined ? signatureHeader(secret, raw, ts) : opts.signature
    const res = await fetch(`${baseUrl}/hooks/vietqr`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(signature === null ? {} : { "x-vietqr-signature": signature }),
      },
      body: raw,
    })
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, string> }
  }
}

/**
 * The Stripe SDK Medusa's Stripe provider uses (its own dependency), for Stripe's test signatures:
 * `webhooks.generateTestHeaderString` signs exactly as Stripe signs webhook deliveries.
 */
export function stripeSdk() {
  const here = createRequire(__filename)
  const provider = createRequire(here.resolve("@medusajs/payment-stripe"))
  const Stripe = provider("stripe") as new (key: string) => {
    webhooks: { generateTestHeaderString(opts: { payload: string; secret: string }): string }
  }
  return new Stripe("sk_test_signing_only")
}

/** Posts a Stripe event to Medusa's webhook route for the Stripe provider. */
export function stripeWebhook(baseUrl: string, secret: string) {
  const stripe = stripeSdk()
  return async (event: object, opts: { secret?: string } = {}) => {
    const payload = JSON.stringify(event)
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? secret })
    const res = await fetch(`${baseUrl}/hooks/payment/stripe_stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": header },
      body: payload,
    })
    return { status: res.status, payload, header }
  }
}
