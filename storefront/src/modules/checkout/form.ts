import { normalizeVietnamesePhone, provinceByKey } from "@ocop/core"

/**
 * The checkout form's one set of rules, used by the server action (the authority) and shown
 * field by field in the form. Home delivery needs a two-level address (province → commune/ward,
 * then street); pickup at a sales point needs only who collects it.
 */
export type CheckoutField =
  "email" | "name" | "phone" | "province" | "commune" | "street" | "delivery" | "payment" | "consent"
export type CheckoutErrorCode =
  "required" | "email" | "phone" | "province" | "delivery" | "payment" | "tooLong" | "consent"
export type CheckoutErrors = Partial<Record<CheckoutField, CheckoutErrorCode>>

export type DeliveryChoice = { id: string; pickup: boolean }

export type CheckoutInput = {
  email: string
  name: string
  /** E.164, e.g. +84912345678. */
  phone: string
  delivery: DeliveryChoice
  /** Null for pickup at a sales point. */
  address: { province: string; provinceKey: string; commune: string; street: string } | null
  payment: string
  note: string
  /** What the shopper ticked; asked only when no consent to the versions in force is on record. */
  consent: { processing: boolean; marketing: boolean }
}

export type CheckoutResult = { ok: true; value: CheckoutInput } | { ok: false; errors: CheckoutErrors }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MAX = 200

export function parseCheckout(
  form: Record<string, string | undefined>,
  ctx: { deliveries: DeliveryChoice[]; providers: string[]; consentNeeded?: boolean },
): CheckoutResult {
  const get = (k: string) => (form[k] ?? "").trim()
  const errors: CheckoutErrors = {}
  const text = (field: CheckoutField, required: boolean) => {
    const v = get(field)
    if (required && !v) errors[field] = "required"
    else if (v.length > MAX) errors[field] = "tooLong"
    return v
  }
  const email = text("email", true)
  if (email && !errors.email && !EMAIL.test(email)) errors.email = "email"
  const name = text("name", true)
  const rawPhone = text("phone", true)
  const phone = rawPhone ? normalizeVietnamesePhone(rawPhone) : null
  if (phone && !phone.ok && !errors.phone) errors.phone = "phone"

  const delivery = ctx.deliveries.find((d) => d.id === get("delivery"))
  if (!delivery) errors.delivery = "delivery"
  let address: CheckoutInput["address"] = null
  if (delivery && !delivery.pickup) {
    const provinceKey = get("province")
    const province = provinceByKey(provinceKey)
    if (!province) errors.province = provinceKey ? "province" : "required"
    const commune = text("commune", true)
    const street = text("street", true)
    address = { province: province?.name ?? "", provinceKey, commune, street }
  }
  const payment = get("payment")
  if (!ctx.providers.includes(payment)) errors.payment = "payment"
  const note = get("note").slice(0, 500)
  const consent = { processing: get("consent_processing") === "on", marketing: get("consent_marketing") === "on" }
  if (ctx.consentNeeded && !consent.processing) errors.consent = "consent"

  if (Object.keys(errors).length || !phone?.ok || !delivery) return { ok: false, errors }
  return { ok: true, value: { email, name, phone: phone.e164, delivery, address, payment, note, consent } }
}

/**
 * The payment methods this storefront can take: cash on delivery (Medusa's system provider) and
 * VietQR transfers. Cards need Stripe's card form, which the storefront does not embed yet.
 */
export const STOREFRONT_PAYMENTS = ["pp_system_default", "pp_vietqr_vietqr"]
