"use server"

import { redirect } from "next/navigation"
import { returnProblem } from "@/modules/producer/return-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * One decision on a return, then back to the return's page saying what happened (`?done=` or
 * `?problem=`): each is a plain form and a redirect, so the page works with JavaScript off.
 */
async function act(form: FormData, path: string, done: string, body: Record<string, unknown> = {}) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const id = encodeURIComponent(field(form, "id"))
  let outcome: string
  try {
    await storeCall(`/store/producer/returns/${id}${path}`, { method: "POST", body })
    outcome = `done=${done}`
  } catch (e) {
    outcome = `problem=${returnProblem(storeError(e))}`
  }
  redirect(`/${locale}/account/producer/returns/${id}?${outcome}`)
}

/** The producer takes the goods back; an optional note the shopper reads. */
export async function acceptReturn(form: FormData) {
  const note = field(form, "note")
  await act(form, "/accept", "accepted", note ? { note } : {})
}

/** The producer refuses, with the reason the shopper reads (3–1,000 characters, checked by the API). */
export async function refuseReturn(form: FormData) {
  await act(form, "/refuse", "refused", { reason: field(form, "reason") })
}

/** The parcel came back: the goods return to stock, and the refund follows. */
export async function receiveReturn(form: FormData) {
  await act(form, "/receive", "received")
}
