"use server"

import { normalizeVietnamesePhone } from "@ocop/core"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { clearAuthToken, storeCall, storeError } from "../data/session"

/** `values` hands back what was typed (never the password): React clears a form after its action. */
export type PersonalDataState = { error?: string; ok?: boolean; values?: Record<string, string> }

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Corrects the account's name and phone through Medusa's own customer route. */
export async function updateProfile(_prev: PersonalDataState, form: FormData): Promise<PersonalDataState> {
  const name = field(form, "name")
  const phoneInput = field(form, "phone")
  const phone = phoneInput ? normalizeVietnamesePhone(phoneInput) : null
  const values = { name, phone: phoneInput }
  if (!name || name.length > 200 || (phone && !phone.ok)) return { error: "invalid", values }
  try {
    await storeCall("/store/customers/me", {
      method: "POST",
      body: { first_name: name, last_name: null, phone: phone?.ok ? phone.e164 : null },
    })
  } catch (e) {
    return { error: storeError(e).status === 401 ? "signedOut" : "invalid", values }
  }
  refresh()
  return { ok: true }
}

/**
 * Deletes the account: the backend checks the password again and erases (docs/compliance.md). The
 * session cookie then names an account that no longer exists, so it goes too.
 */
export async function eraseAccount(_prev: PersonalDataState, form: FormData): Promise<PersonalDataState> {
  const locale = field(form, "locale") || "vi"
  if (form.get("confirm") !== "yes") return { error: "confirmErase" }
  try {
    await storeCall("/store/customers/me/erase", {
      method: "POST",
      body: { password: String(form.get("password") ?? "") },
    })
  } catch (e) {
    const { status } = storeError(e)
    return { error: status === 400 ? "wrongPassword" : status === 401 ? "signedOut" : "failed" }
  }
  await clearAuthToken()
  redirect(`/${locale}/account?erased=1`)
}
