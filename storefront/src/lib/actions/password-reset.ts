"use server"

import { redirect } from "next/navigation"
import { forwardedFor } from "../http/forwarded-for"
import { sdk } from "../medusa"
import { storeError } from "../data/session"

export type ResetState = { error?: "tooMany" | "shortPassword" | "mismatch" | "expired" | "busy"; sent?: boolean }

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const localeOf = (form: FormData) => (form.get("locale") === "en" ? "en" : "vi")

/**
 * "Forgot password": asks the backend to e-mail a link. The page says the same whether or not the
 * e-mail has an account (the backend answers alike), so the form tells nobody who shops here.
 */
export async function requestPasswordReset(_prev: ResetState, form: FormData): Promise<ResetState> {
  const identifier = field(form, "email")
  if (!identifier.includes("@")) return { sent: true }
  try {
    await sdk.client.fetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      // The link in the e-mail opens the page in the language the request was made in.
      body: { identifier, metadata: { locale: localeOf(form) } },
      // Medusa answers "201 Created" as text, as the SDK's own resetPassword expects.
      headers: { accept: "text/plain", ...(await forwardedFor()) },
      cache: "no-store",
    })
  } catch (e) {
    return { error: storeError(e).status === 429 ? "tooMany" : "busy" }
  }
  return { sent: true }
}

/** Sets the new password with the e-mailed token (single use, short-lived), then asks to sign in. */
export async function resetPassword(_prev: ResetState, form: FormData): Promise<ResetState> {
  const password = String(form.get("password") ?? "")
  if (password.length < 8) return { error: "shortPassword" }
  if (password !== String(form.get("confirm") ?? "")) return { error: "mismatch" }
  try {
    await sdk.client.fetch("/auth/customer/emailpass/update", {
      method: "POST",
      body: { password },
      headers: { authorization: `Bearer ${field(form, "token")}` },
      cache: "no-store",
    })
  } catch (e) {
    return { error: storeError(e).status === 401 ? "expired" : "busy" }
  }
  redirect(`/${localeOf(form)}/account?reset=done`)
}
