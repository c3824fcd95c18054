"use server"

import { redirect } from "next/navigation"
import { orderProblem } from "@/modules/producer/order-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * One action on a producer's part, then back to the part's page saying what happened (at the line,
 * for a line's cancellation): each is a plain form and a redirect, so the page works with
 * JavaScript off.
 */
async function act(form: FormData, path: string, done: string, body: Record<string, unknown> = {}, line?: string) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const id = encodeURIComponent(field(form, "id"))
  let outcome: string
  try {
    await storeCall(`/store/producer/orders/${id}${path}`, { method: "POST", body })
    outcome = `done=${done}`
  } catch (e) {
    outcome = `problem=${orderProblem(storeError(e))}`
  }
  const at = line ? `&line=${encodeURIComponent(line)}#l-${encodeURIComponent(line)}` : ""
  redirect(`/${locale}/account/producer/orders/${id}?${outcome}${at}`)
}

/** The producer will supply its part. */
export async function confirmOrder(form: FormData) {
  await act(form, "/confirm", "confirmed")
}

/** The part left with a carrier, under the tracking number printed on the parcel. */
export async function shipOrder(form: FormData) {
  await act(form, "/ship", "shipped", {
    carrier: field(form, "carrier"),
    tracking_number: field(form, "tracking_number"),
  })
}

/** The parcel reached the shopper. */
export async function deliverOrder(form: FormData) {
  await act(form, "/deliver", "delivered")
}

/** A line the producer cannot supply, with the reason the shopper will read. */
export async function cancelOrderLine(form: FormData) {
  const line = field(form, "line_id")
  await act(form, `/lines/${encodeURIComponent(line)}/cancel`, "lineCanceled", { reason: field(form, "reason") }, line)
}
