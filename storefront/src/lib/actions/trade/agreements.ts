"use server"

import { redirect } from "next/navigation"
import type { AgreementResponse } from "@ocop/core"
import { agreementBody, deliveryBody } from "@/modules/trade/forms"
import { readRefusal } from "@/modules/trade/refusal"
import type { TradeState } from "@/modules/trade/state"
import { storeCall, storeError } from "../../data/session"
import { attempt, field, localeOf, segment, valuesOf } from "./attempt"

/** A draft MoU or contract; the detail page is where both parties sign it. */
export async function createAgreement(_prev: TradeState, form: FormData): Promise<TradeState> {
  const parsed = agreementBody(form)
  if (!parsed.ok) return { code: parsed.code, values: valuesOf(form) }
  let id: string
  try {
    const { agreement } = await storeCall<AgreementResponse>("/store/trade/me/agreements", {
      method: "POST",
      body: parsed.body,
    })
    id = agreement.id
  } catch (e) {
    return { error: readRefusal(storeError(e)), values: valuesOf(form) }
  }
  redirect(`/${localeOf(form)}/account/business/agreements/${encodeURIComponent(id)}`)
}

/** Signs; with `upgrade` set, turns a signed MoU into a contract for both to sign again. */
export async function signAgreement(_prev: TradeState, form: FormData): Promise<TradeState> {
  const body = field(form, "upgrade") === "1" ? { upgrade_to_contract: true } : {}
  return attempt(form, () =>
    storeCall(`/store/trade/me/agreements/${segment(form, "id")}/sign`, { method: "POST", body }),
  )
}

export async function cancelAgreement(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () => storeCall(`/store/trade/me/agreements/${segment(form, "id")}/cancel`, { method: "POST" }))
}

export async function recordDelivery(_prev: TradeState, form: FormData): Promise<TradeState> {
  return attempt(form, () =>
    storeCall(`/store/trade/me/agreements/${segment(form, "id")}/deliveries`, {
      method: "POST",
      body: deliveryBody(form),
    }),
  )
}

/** The other party's answer to a recorded delivery: confirmed, it counts; disputed, it does not. */
export async function confirmDelivery(_prev: TradeState, form: FormData): Promise<TradeState> {
  const answer = field(form, "answer") === "dispute" ? "dispute" : "confirm"
  return attempt(form, () =>
    storeCall(`/store/trade/me/agreements/${segment(form, "id")}/deliveries/${segment(form, "delivery_id")}/confirm`, {
      method: "POST",
      body: { answer },
    }),
  )
}
