"use server"

import { redirect } from "next/navigation"
import { catalogueProblem, typedAmount } from "@/modules/producer/catalogue-refusal"
import { storeCall, storeError } from "../../data/session"

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const SHELF = ["price", "weight", "length", "width", "height"] as const

/**
 * Saves one product's form (texts in vi and en, each variant's price and shelf data) and goes back
 * to the catalogue page saying what happened, at that product: a plain form and a redirect, so it
 * works with JavaScript off. An empty description is left as it is; an empty number is not sent.
 */
export async function saveProducerProduct(form: FormData) {
  const locale = field(form, "locale") === "en" ? "en" : "vi"
  const product = field(form, "product_id")
  const body: Record<string, unknown> = {}
  for (const name of ["description", "description_en"]) if (field(form, name)) body[name] = field(form, name)
  for (const name of ["subtitle", "subtitle_en"]) if (form.has(name)) body[name] = field(form, name)
  body.variants = form.getAll("variant_id").map((v) => {
    const id = String(v)
    const variant: Record<string, unknown> = { id }
    for (const name of SHELF) {
      const raw = field(form, `${name}:${id}`)
      if (raw) variant[name] = typedAmount(raw)
    }
    return variant
  })
  let outcome: string
  try {
    const answer = await storeCall<{ waiting: string[] }>(`/store/producer/products/${encodeURIComponent(product)}`, {
      method: "POST",
      body,
    })
    outcome = answer.waiting.length ? "done=waiting" : "done=saved"
  } catch (e) {
    outcome = `problem=${catalogueProblem(storeError(e))}`
  }
  redirect(
    `/${locale}/account/producer/products?${outcome}&product=${encodeURIComponent(product)}#p-${encodeURIComponent(product)}`,
  )
}
