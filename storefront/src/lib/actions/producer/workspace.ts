"use server"

import { redirect } from "next/navigation"
import { producerProblem } from "@/modules/producer/refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const localeOf = (form: FormData) => (field(form, "locale") === "en" ? "en" : "vi")

/**
 * Runs one workspace write and goes back to the page saying what happened: plain forms and a
 * redirect, so it works with JavaScript off; the API's English stays here.
 */
async function write(form: FormData, done: string, call: () => Promise<unknown>): Promise<never> {
  const page = `/${localeOf(form)}/account/producer`
  let outcome: string
  try {
    await call()
    outcome = `done=${done}`
  } catch (e) {
    outcome = `problem=${producerProblem(storeError(e))}`
  }
  redirect(`${page}?${outcome}`)
}

/** The owner invites an e-mail address as staff, the e-mail in the language chosen. */
export async function inviteStaff(form: FormData) {
  const locale = field(form, "invite_locale") === "en" ? "en" : "vi"
  await write(form, "invited", () =>
    storeCall("/store/producer/invites", { method: "POST", body: { email: field(form, "email"), locale } }),
  )
}

export async function revokeInvite(form: FormData) {
  await write(form, "revoked", () =>
    storeCall(`/store/producer/invites/${encodeURIComponent(field(form, "id"))}`, { method: "DELETE" }),
  )
}

export async function removeMember(form: FormData) {
  await write(form, "removed", () =>
    storeCall(`/store/producer/members/${encodeURIComponent(field(form, "id"))}`, { method: "DELETE" }),
  )
}

/** The invited account accepts; a refusal goes back to the join page with the link kept. */
export async function acceptInvite(form: FormData) {
  const locale = localeOf(form)
  const token = field(form, "token")
  // A producer's member agrees to the marketplace's operating rules before acting for it.
  if (form.get("consent_rules") !== "on")
    redirect(`/${locale}/account/producer/join?token=${encodeURIComponent(token)}&problem=rulesRequired`)
  try {
    // Recorded by the backend as the member's consent to the operating rules, with the membership.
    await storeCall("/store/producer-invites/accept", { method: "POST", body: { token, accept_operating_rules: true } })
  } catch (e) {
    redirect(
      `/${locale}/account/producer/join?token=${encodeURIComponent(token)}&problem=${producerProblem(storeError(e))}`,
    )
  }
  redirect(`/${locale}/account/producer?done=joined`)
}
