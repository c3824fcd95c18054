"use server"

import type { NeedResponse } from "@ocop/core"
import { closedNeed, needBody } from "@/modules/trade/forms"
import type { TradeState } from "@/modules/trade/state"
import { storeCall } from "../../data/session"
import { attempt, segment } from "./attempt"

export async function saveNeed(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () => storeCall("/store/trade/me/needs", { method: "POST", body: needBody(form) }))
}

/** The route replaces a need with what it is sent, so closing re-sends the record as it stands. */
export async function closeNeed(_prev: TradeState, form: FormData): Promise<TradeState> {
  const path = `/store/trade/me/needs/${segment(form, "id")}`
  return attempt(form, async () => {
    const { need } = await storeCall<NeedResponse>(path)
    await storeCall(path, { method: "POST", body: closedNeed(need) })
  })
}
