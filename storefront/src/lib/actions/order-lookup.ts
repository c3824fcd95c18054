"use server"

import { redirect } from "next/navigation"
import { parseLookup } from "@/modules/order/lookup-form"
import { orderAccessByLookup } from "../data/order-access"
import { storeError } from "../data/session"

export type LookupState = {
  error?: "number" | "contact" | "notFound" | "tooMany" | "busy"
  values?: Record<string, string>
}

/**
 * "Find my order": exchanges the order number and its e-mail or phone for a token, and opens the
 * order's confirmation page with it. An unknown number and a wrong e-mail read the same.
 */
export async function lookupOrder(_prev: LookupState, form: FormData): Promise<LookupState> {
  const values = { number: String(form.get("number") ?? ""), contact: String(form.get("contact") ?? "") }
  const locale = form.get("locale") === "en" ? "en" : "vi"
  const parsed = parseLookup(values)
  if (!parsed.ok) return { error: parsed.error, values }
  let target: string
  try {
    const grant = await orderAccessByLookup(parsed.value.displayId, parsed.value.contact)
    target = `/${locale}/order/${grant.order_id}/confirmed?access=${encodeURIComponent(grant.token)}`
  } catch (e) {
    const { status } = storeError(e)
    const error = status === 404 || status === 400 ? "notFound" : status === 429 ? "tooMany" : "busy"
    return { error, values }
  }
  redirect(target)
}
