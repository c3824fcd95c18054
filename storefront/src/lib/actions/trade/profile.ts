"use server"

import { businessBody } from "@/modules/trade/forms"
import type { TradeState } from "@/modules/trade/state"
import { storeCall } from "../../data/session"
import { attempt, valuesOf } from "./attempt"

/** Registers the customer's business, or updates it (a changed name, tax code or type is verified again). */
export async function saveBusiness(_prev: TradeState, form: FormData): Promise<TradeState> {
  // A registration (not an update) carries the operating rules' box: a business joins under them.
  const registering = form.get("registering") === "1"
  if (registering && form.get("consent_rules") !== "on") return { code: "rulesRequired", values: valuesOf(form) }
  // The backend records the consent with the profile, and refuses a registration without it.
  return attempt(form, async () => {
    await storeCall("/store/trade/me", {
      method: "POST",
      body: registering ? { ...businessBody(form), accept_operating_rules: true } : businessBody(form),
    })
  })
}
