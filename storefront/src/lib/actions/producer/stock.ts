"use server"

import { redirect } from "next/navigation"
import { stockProblem, typedQuantity } from "@/modules/producer/stock-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * Sets one variant's level at the producer's warehouse and goes back to the stock page saying what
 * happened, at that row: a plain form and a redirect, so it works with JavaScript off.
 */
export async function setWarehouseLevel(form: FormData) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const variant = field(form, "variant_id")
  let outcome: string
  try {
    await storeCall("/store/producer/stock", {
      method: "POST",
      body: { variant_id: variant, stocked_quantity: typedQuantity(field(form, "stocked_quantity")) },
    })
    outcome = "done=saved"
  } catch (e) {
    outcome = `problem=${stockProblem(storeError(e))}`
  }
  redirect(
    `/${locale}/account/producer/stock?${outcome}&variant=${encodeURIComponent(variant)}#v-${encodeURIComponent(variant)}`,
  )
}
