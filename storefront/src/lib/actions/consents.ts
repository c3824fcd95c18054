"use server"

import type { ConsentPurpose } from "@ocop/core"
import { redirect } from "next/navigation"
import { myConsents } from "../data/consents"
import { storeCall } from "../data/session"
import { safeNextPath } from "../next-path"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const localeOf = (form: FormData) => (field(form, "locale") === "en" ? "en" : "vi")

/** One click in the account: the consent is withdrawn (the record stays, with the moment). */
export async function withdrawConsent(form: FormData) {
  await storeCall(`/store/ocop/consents/me/${encodeURIComponent(field(form, "consent_id"))}/withdraw`, {
    method: "POST",
    body: {},
  }).catch(() => undefined)
  redirect(`/${localeOf(form)}/account`)
}

/**
 * The answer to "a policy you agreed to has changed": each purpose asked about is agreed to again
 * (ticked) or, when not ticked or when the customer declines, its earlier consent is withdrawn.
 * Either way it is answered, and the customer goes on to the page it was heading for.
 */
export async function answerConsent(_prev: { missing?: boolean }, form: FormData): Promise<{ missing?: boolean }> {
  const locale = localeOf(form)
  const next = safeNextPath(form.get("next")) ?? `/${locale}/account`
  const consents = await myConsents()
  if (!consents) redirect(`/${locale}/account`)
  const decline = field(form, "intent") === "decline"
  const ticked = (purpose: ConsentPurpose) => !decline && form.get(`consent_${purpose}`) === "on"
  // Going on means agreeing to processing; not agreeing is the "decline" button, said in words.
  if (!decline && consents.reconsent.includes("processing") && !ticked("processing")) return { missing: true }
  const agreed = consents.reconsent.filter(ticked)
  if (agreed.length)
    await storeCall("/store/ocop/consents/me", {
      method: "POST",
      body: { channel: "account", ...Object.fromEntries(agreed.map((p) => [p, true])) },
    })
  const declined = consents.consents.filter(
    (c) => !c.withdrawn_at && consents.reconsent.includes(c.purpose) && !agreed.includes(c.purpose),
  )
  for (const c of declined)
    await storeCall(`/store/ocop/consents/me/${encodeURIComponent(c.id)}/withdraw`, { method: "POST", body: {} })
  redirect(next)
}
