import "server-only"
import { refresh } from "next/cache"
import { readRefusal } from "@/modules/trade/refusal"
import type { TradeState } from "@/modules/trade/state"
import { storeError } from "../../data/session"

/** The form's own fields, without the ones React adds for actions that run without JavaScript. */
export function valuesOf(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string") as [string, string][],
  )
}

/**
 * Runs one portal write. A refusal comes back read into the fields and sentence the form shows in
 * the page's language (the API's English text stays here); a success re-renders the page (the
 * customer's own, uncached) without touching shared caches.
 */
export async function attempt(form: FormData, write: () => Promise<unknown>): Promise<TradeState> {
  try {
    await write()
  } catch (e) {
    return { error: readRefusal(storeError(e)), values: valuesOf(form) }
  }
  refresh()
  return { ok: true }
}

export const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
export const localeOf = (form: FormData) => (field(form, "locale") === "en" ? "en" : "vi")
export const segment = (form: FormData, name: string) => encodeURIComponent(field(form, name))
