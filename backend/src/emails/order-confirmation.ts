import {
  bankName,
  formatVnd,
  isVietQrPaymentData,
  paymentMethodOf,
  policyVersionUrl,
  storefrontPageUrl,
  type MessageLanguage,
  type PaymentMethod,
} from "@ocop/core"
import { ORDER_CONFIRMATION_TEXTS } from "./order-confirmation-texts"

/** The order as the confirmation reads it (fields of Medusa's order, through `query.graph`). */
export type ConfirmedOrder = {
  id: string
  display_id: number
  item_total: unknown
  shipping_total: unknown
  tax_total: unknown
  total: unknown
  currency_code: string
  items?:
    | ({
        title?: string | null
        variant_title?: string | null
        quantity?: unknown
        unit_price?: unknown
        total?: unknown
      } | null)[]
    | null
  payment_collections?:
    ({ payments?: ({ provider_id?: string | null; data?: unknown } | null)[] | null } | null)[] | null
}

/** The terms of sale in force when the order was placed, from the policies' versions. */
export type AppliedTerms = { version: string; effective_from: string }

/** What the transfer needs, as the payment page shows it. */
export type TransferInstructions = {
  bank: string
  account: string
  account_name: string
  amount: number
  reference: string
}

/**
 * The confirmation's content, kept as the notification's data: the structured fields an e-mail
 * provider's template would use, and the subject and text in the shopper's language.
 */
export type OrderConfirmationEmail = {
  lang: MessageLanguage
  subject: string
  text: string
  display_id: number
  currency_code: string
  items: { title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }[]
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  payment_method: PaymentMethod
  transfer: TransferInstructions | null
  order_url: string
  complaints_url: string
  /** Filled from the policies' current terms-of-sale version when the shop has one; shown when present. */
  terms?: (AppliedTerms & { url: string }) | null
}

/** The VietQR transfer the order awaits: the provider's data on its payment (docs/payments.md). */
function transferOf(order: ConfirmedOrder): TransferInstructions | null {
  for (const collection of order.payment_collections ?? [])
    for (const payment of collection?.payments ?? [])
      if (paymentMethodOf(payment?.provider_id) === "vietqr" && isVietQrPaymentData(payment?.data)) {
        const d = payment.data
        return {
          bank: bankName(d.bank_bin) ?? d.bank_bin,
          account: d.account,
          account_name: d.account_name,
          amount: d.amount,
          reference: d.reference,
        }
      }
  return null
}

/**
 * The order confirmation e-mail: its lines, the totals exactly as the checkout showed them (Medusa's
 * item total, delivery and total: decision 023), how to pay when it awaits a VietQR transfer, where to
 * see the order and how to complain, and the terms version when known.
 */
export function orderConfirmationEmail(
  order: ConfirmedOrder,
  { lang, storefront, terms }: { lang: MessageLanguage; storefront: string; terms?: AppliedTerms | null },
): OrderConfirmationEmail {
  const t = ORDER_CONFIRMATION_TEXTS[lang]
  const number = `#${order.display_id}`
  const items = (order.items ?? []).flatMap((i) =>
    i
      ? [
          {
            title: i.title ?? "",
            variant_title: i.variant_title ?? null,
            quantity: Number(i.quantity),
            unit_price: Number(i.unit_price),
            total: Number(i.total),
          },
        ]
      : [],
  )
  const providerId = order.payment_collections?.[0]?.payments?.[0]?.provider_id
  const transfer = transferOf(order)
  const email = {
    lang,
    display_id: order.display_id,
    currency_code: order.currency_code,
    items,
    item_total: Number(order.item_total),
    shipping_total: Number(order.shipping_total),
    tax_total: Number(order.tax_total),
    total: Number(order.total),
    payment_method: paymentMethodOf(providerId),
    transfer,
    order_url: storefrontPageUrl(storefront, lang, "orderLookup", { number: order.display_id }),
    complaints_url: storefrontPageUrl(storefront, lang, "complaints"),
    ...(terms ? { terms: { ...terms, url: policyVersionUrl(storefront, lang, "terms", terms.version) } } : {}),
  }
  const money = formatVnd
  const lines = [
    t.greeting(number),
    "",
    `${t.lines}:`,
    ...items.map(
      (i) => `- ${i.title}${i.variant_title ? ` (${i.variant_title})` : ""} × ${i.quantity}: ${money(i.total)}`,
    ),
    "",
    `${t.subtotal}: ${money(email.item_total)}`,
    `${t.delivery}: ${money(email.shipping_total)}`,
    `${t.total}: ${money(email.total)}`,
    t.pricesIncludeTax,
    "",
    t.payment[email.payment_method],
    ...(transfer
      ? [
          t.vietqr.body,
          `${t.vietqr.bank}: ${transfer.bank}`,
          `${t.vietqr.account}: ${transfer.account}`,
          `${t.vietqr.accountName}: ${transfer.account_name}`,
          `${t.vietqr.amount}: ${money(transfer.amount)}`,
          `${t.vietqr.reference}: ${transfer.reference}`,
          t.vietqr.keepReference,
        ]
      : []),
    "",
    t.orderPage,
    email.order_url,
    t.complaints,
    email.complaints_url,
    ...(email.terms ? ["", t.terms(email.terms.version, email.terms.effective_from), email.terms.url] : []),
  ]
  return { ...email, subject: t.subject(number), text: lines.join("\n") }
}
