"use server"

import { redirect } from "next/navigation"
import { meetingBody } from "@/modules/trade/forms"
import type { TradeState } from "@/modules/trade/state"
import { storeCall } from "../../data/session"
import { attempt, field, localeOf, segment } from "./attempt"

/** Asks the counterpart for one slot; a slot taken meanwhile comes back as the API's 409, read. */
export async function requestMeeting(_prev: TradeState, form: FormData): Promise<TradeState> {
  const result = await attempt(form, () =>
    storeCall("/store/trade/me/meetings", { method: "POST", body: meetingBody(form) }),
  )
  if (!result.ok) return result
  redirect(`/${localeOf(form)}/account/business/meetings?requested=1`)
}

/** accept, decline or cancel. Accepting books both parties and a table, or answers 409. */
export async function answerMeeting(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () =>
    storeCall(`/store/trade/me/meetings/${segment(form, "id")}/answer`, {
      method: "POST",
      body: { answer: field(form, "answer") },
    }),
  )
}

export async function saveMeetingNotes(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () =>
    storeCall(`/store/trade/me/meetings/${segment(form, "id")}/notes`, {
      method: "POST",
      body: { notes: field(form, "notes") },
    }),
  )
}
