"use server"

import { normalizeVietnamesePhone, provinceByKey } from "@ocop/core"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { forwardedFor } from "../http/forwarded-for"
import { safeNextPath } from "../next-path"
import { sdk } from "../medusa"
import { retrieveCart } from "../data/cart"
import { myConsents } from "../data/consents"
import { clearAuthToken, getAuthToken, setAuthToken, storeCall, storeError } from "../data/session"

/** `values` hands back what was typed (never the password): React clears a form after its action. */
export type AccountState = { error?: string; ok?: boolean; values?: Record<string, string> }

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** After signing in or registering: the page that sent the visitor here if it is on this site, else the account. */
const landing = (form: FormData) => safeNextPath(form.get("next")) ?? `/${field(form, "locale") || "vi"}/account`

/** The error to show when the backend refuses: too many attempts (429), or `otherwise`. */
const refusal = (e: unknown, otherwise: string) => (storeError(e).status === 429 ? "tooMany" : otherwise)

async function authenticate(email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: await forwardedFor(),
    cache: "no-store",
  })
  return token
}

/** A cart opened before logging in becomes the customer's. */
async function adoptCart() {
  const cart = await retrieveCart()
  if (cart && !cart.customer_id) {
    await storeCall(`/store/carts/${cart.id}/customer`, { method: "POST" }).catch(() => undefined)
  }
}

export async function login(_prev: AccountState, form: FormData): Promise<AccountState> {
  try {
    await setAuthToken(await authenticate(field(form, "email"), String(form.get("password") ?? "")))
  } catch (e) {
    // One message for an unknown e-mail and a wrong password.
    return { error: refusal(e, "wrongLogin"), values: { email: field(form, "email") } }
  }
  await adoptCart()
  redirect(await afterSignIn(landing(form), field(form, "locale") || "vi"))
}

/**
 * Where a sign-in goes on: the page asking for consent again when a policy the customer agreed to
 * has a newer version in force (it then continues to `next`), else `next` itself.
 */
async function afterSignIn(next: string, locale: string): Promise<string> {
  const consents = await myConsents()
  return consents?.reconsent.length
    ? `/${locale === "en" ? "en" : "vi"}/consent?next=${encodeURIComponent(next)}`
    : next
}

export async function register(_prev: AccountState, form: FormData): Promise<AccountState> {
  const email = field(form, "email")
  const password = String(form.get("password") ?? "")
  const name = field(form, "name")
  const phoneInput = field(form, "phone")
  const phone = phoneInput ? normalizeVietnamesePhone(phoneInput) : null
  const marketing = form.get("consent_marketing") === "on"
  const values = {
    email,
    name,
    phone: phoneInput,
    consent_processing: form.get("consent_processing") === "on" ? "on" : "",
    consent_marketing: marketing ? "on" : "",
  }
  if (password.length < 8) return { error: "shortPassword", values }
  // No account without consent to processing; marketing is the visitor's own, separate choice.
  if (values.consent_processing !== "on") return { error: "consent", values }
  if (!email.includes("@") || !name || (phone && !phone.ok)) return { error: "invalid", values }
  try {
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
      headers: await forwardedFor(),
      cache: "no-store",
    })
    await sdk.client.fetch("/store/customers", {
      method: "POST",
      body: { email, first_name: name, phone: phone?.ok ? phone.e164 : undefined },
      headers: { authorization: `Bearer ${token}`, ...(await forwardedFor()) },
      cache: "no-store",
    })
    // The registration token has no customer yet; log in for one that does.
    const session = await authenticate(email, password)
    await setAuthToken(session)
    await sdk.client.fetch("/store/ocop/consents/me", {
      method: "POST",
      body: { channel: "signup", processing: true, marketing },
      headers: { authorization: `Bearer ${session}` },
      cache: "no-store",
    })
  } catch (e) {
    // The backend says the same whether or not the e-mail has an account, and so does the shop.
    return { error: refusal(e, "refused"), values }
  }
  await adoptCart()
  redirect(landing(form))
}

export async function logout(form: FormData) {
  if (await getAuthToken()) {
    await storeCall("/auth/session", { method: "DELETE" }).catch(() => undefined)
  }
  await clearAuthToken()
  redirect(`/${field(form, "locale") || "vi"}/account`)
}

export async function addAddress(_prev: AccountState, form: FormData): Promise<AccountState> {
  const province = provinceByKey(field(form, "province"))
  const phone = normalizeVietnamesePhone(field(form, "phone"))
  const name = field(form, "name")
  const commune = field(form, "commune")
  const street = field(form, "street")
  const values = { name, phone: field(form, "phone"), province: field(form, "province"), commune, street }
  if (!province || !phone.ok || !name || !commune || !street) return { error: "invalid", values }
  try {
    await storeCall("/store/customers/me/addresses", {
      method: "POST",
      body: {
        first_name: name,
        phone: phone.e164,
        address_1: street,
        city: commune,
        province: province.name,
        country_code: "vn",
        metadata: { province_key: province.key },
      },
    })
  } catch (e) {
    return { error: storeError(e).status === 401 ? "wrongLogin" : "invalid", values }
  }
  refresh()
  return { ok: true }
}

export async function deleteAddress(form: FormData) {
  // The Store API deletes only from the logged-in customer's own address book.
  await storeCall(`/store/customers/me/addresses/${encodeURIComponent(field(form, "address_id"))}`, {
    method: "DELETE",
  }).catch(() => undefined)
  redirect(`/${field(form, "locale") || "vi"}/account`)
}
