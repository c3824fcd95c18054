"use server"

import { redirect } from "next/navigation"
import type { ProducerGalleryResponse } from "@ocop/core"
import { galleryProblem } from "@/modules/producer/stall-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * The gallery after one button of the photos page: `remove` leaves the photo out, `first` moves it
 * to the front (the product's picture in lists), `earlier` one place up. The page sends the order it
 * shows (`order`); the API takes the whole new order, so the form needs no script. Back to the page
 * saying what happened.
 */
export async function arrangeGallery(form: FormData) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const product = field(form, "product_id")
  const photo = field(form, "photo_id")
  const order = field(form, "order").split(",").filter(Boolean)
  const at = order.indexOf(photo)
  const move = field(form, "move")
  let photos = order
  if (move === "remove") photos = order.filter((id) => id !== photo)
  else if (move === "first" && at > 0) photos = [photo, ...order.filter((id) => id !== photo)]
  else if (move === "earlier" && at > 0)
    photos = [...order.slice(0, at - 1), photo, order[at - 1], ...order.slice(at + 1)]
  let outcome: string
  try {
    const answer = await storeCall<ProducerGalleryResponse>(
      `/store/producer/products/${encodeURIComponent(product)}/gallery`,
      { method: "POST", body: { photos } },
    )
    outcome = `done=${answer.waiting ? "waiting" : "saved"}`
  } catch (e) {
    outcome = `problem=${galleryProblem(storeError(e))}`
  }
  redirect(`/${locale}/account/producer/products/${encodeURIComponent(product)}/photos?${outcome}`)
}
