"use server"

import { businessBody } from "@/modules/trade/forms"
import type { TradeState } from "@/modules/trade/state"
import { storeCall } from "../../data/session"
import { attempt } from "./attempt"

/** Registers the customer's business, or updates it (a changed name, tax code or type is verified again). */
export async function saveBusiness(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () => storeCall("/store/trade/me", { method: "POST", body: businessBody(form) }))
}
