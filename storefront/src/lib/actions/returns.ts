"use server"

import { redirect } from "next/navigation"
import { orderActor } from "../data/returns"
import { storeError } from "../data/session"
import { sdk } from "../medusa"
import { orderPagePath, returnOutcome, type ReturnOutcome } from "@/modules/order/return-outcome"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** The shopper says how the accepted return's parcel goes back; then back to the order's page. */
export async function shipBackReturn(form: FormData) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const [orderId, access] = [field(form, "order_id"), field(form, "access")]
  let outcome: ReturnOutcome = "shipped"
  try {
    await sdk.client.fetch(
      `/store/ocop/orders/${encodeURIComponent(orderId)}/returns/${encodeURIComponent(field(form, "return_id"))}/ship-back`,
      {
        method: "POST",
        body: { carrier: field(form, "carrier"), tracking_number: field(form, "tracking_number") },
        headers: await orderActor(access),
        cache: "no-store",
      },
    )
  } catch (e) {
    outcome = returnOutcome(storeError(e))
  }
  redirect(orderPagePath(locale, orderId, access, outcome))
}
