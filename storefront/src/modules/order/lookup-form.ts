import { normalizeVietnamesePhone } from "@ocop/core"

/**
 * "Find my order": the order number as printed ("#12", "12") and the e-mail or phone the order was
 * placed with, in one field because shoppers remember one or the other. Checked here so a typing
 * slip is named at once instead of looking like an unknown order.
 */
export type LookupInput = { displayId: number; contact: { email: string } | { phone: string } }
export type LookupError = "number" | "contact"
export type LookupResult = { ok: true; value: LookupInput } | { ok: false; error: LookupError }

/** Order numbers are PostgreSQL integers. */
const INT4_MAX = 2_147_483_647
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseLookup(form: Record<string, string | undefined>): LookupResult {
  const number = (form.number ?? "").replace(/[\s#]/g, "")
  const displayId = Number(number)
  if (!/^\d{1,10}$/.test(number) || displayId < 1 || displayId > INT4_MAX) return { ok: false, error: "number" }
  const contact = (form.contact ?? "").trim()
  if (contact.includes("@")) {
    if (!EMAIL.test(contact) || contact.length > 200) return { ok: false, error: "contact" }
    return { ok: true, value: { displayId, contact: { email: contact.toLowerCase() } } }
  }
  const phone = normalizeVietnamesePhone(contact)
  if (!phone.ok) return { ok: false, error: "contact" }
  return { ok: true, value: { displayId, contact: { phone: phone.e164 } } }
}
