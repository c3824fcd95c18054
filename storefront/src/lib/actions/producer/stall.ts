"use server"

import { redirect } from "next/navigation"
import { storyProblem } from "@/modules/producer/stall-refusal"
import { storeCall, storeError } from "../../data/session"

/**
 * Saves the producer's story (vi, en) from the stall page's plain form and goes back saying what
 * happened; an emptied text clears that language's story.
 */
export async function saveStory(form: FormData) {
  const locale = String(form.get("locale") ?? "") === "en" ? "en" : "vi"
  const body = {
    story_vi: String(form.get("story_vi") ?? "").trim(),
    story_en: String(form.get("story_en") ?? "").trim(),
  }
  let outcome = "done=saved"
  try {
    await storeCall("/store/producer/stall", { method: "POST", body })
  } catch (e) {
    outcome = `problem=${storyProblem(storeError(e))}`
  }
  redirect(`/${locale}/account/producer/stall?${outcome}`)
}
