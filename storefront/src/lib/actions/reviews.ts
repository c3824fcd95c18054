"use server"

import { redirect } from "next/navigation"
import { reviewProblem } from "@/modules/reviews/refusal"
import { storeCall, storeError } from "../data/session"

/** The producer's one public reply to a review, from its reviews page's plain form; back saying what happened. */
export async function replyToReview(form: FormData) {
  const locale = String(form.get("locale") ?? "") === "en" ? "en" : "vi"
  const id = String(form.get("review_id") ?? "").slice(0, 100)
  let outcome = "done=replied"
  try {
    await storeCall(`/store/producer/reviews/${encodeURIComponent(id)}/reply`, {
      method: "POST",
      body: { text: String(form.get("text") ?? "").trim() },
    })
  } catch (e) {
    outcome = `problem=${reviewProblem(storeError(e))}`
  }
  redirect(`/${locale}/account/producer/reviews?${outcome}`)
}
