"use server"

import type { OfferResponse } from "@ocop/core"
import { closedOffer, offerBody } from "@/modules/trade/forms"
import type { TradeState } from "@/modules/trade/state"
import { storeCall } from "../../data/session"
import { attempt, segment } from "./attempt"

export async function saveOffer(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () => storeCall("/store/trade/me/offers", { method: "POST", body: offerBody(form) }))
}

export async function closeOffer(_prev: TradeState, form: FormData): Promise<TradeState> {
  const path = `/store/trade/me/offers/${segment(form, "id")}`
  return attempt(form, async () => {
    const { offer } = await storeCall<OfferResponse>(path)
    await storeCall(path, { method: "POST", body: closedOffer(offer) })
  })
}
