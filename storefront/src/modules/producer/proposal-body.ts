import { typedAmount } from "./catalogue-refusal"

/** Rows of variants the proposal form offers (a size, a pack); empty rows are not sent. */
export const PROPOSAL_ROWS = 3

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/**
 * The proposal form's fields as `POST /store/producer/proposals` takes them: empty optional texts
 * left out, prices and weights read as Vietnamese writes them ("180.000"), and only the variant rows
 * with something typed in. The API is the judge of what is missing or wrong.
 */
export function proposalBody(form: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = { title: text(form, "title"), title_en: text(form, "title_en") }
  for (const name of ["subtitle", "subtitle_en", "description_en", "group_code"])
    if (text(form, name)) body[name] = text(form, name)
  body.description = text(form, "description")
  body.variants = Array.from({ length: PROPOSAL_ROWS }, (_, i) => i).flatMap((i) => {
    const title = text(form, `variant_title_${i}`)
    const price = text(form, `variant_price_${i}`)
    if (!title && !price) return []
    const variant: Record<string, unknown> = { title, price: price ? typedAmount(price) : undefined }
    if (text(form, `variant_title_en_${i}`)) variant.title_en = text(form, `variant_title_en_${i}`)
    if (text(form, `variant_weight_${i}`)) variant.weight = typedAmount(text(form, `variant_weight_${i}`))
    return [variant]
  })
  return body
}
