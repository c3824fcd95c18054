import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerTextField } from "@ocop/core"
import { ENGLISH, englishOf, productRows, setPrices } from "../../../read-models/producer-catalogue/products"
import type { GalleryEdit } from "../gallery"

export type VariantEdit = {
  id: string
  price?: number
  weight?: number
  length?: number
  width?: number
  height?: number
}
export type ProductTexts = Partial<Record<ProducerTextField, string>>

export type ProductEditInput = {
  producer_id: string
  product_id: string
  /** Who edits: a member's customer id or an official's user id, and the e-mail the history shows. */
  actor: { id: string; label: string }
  /** Texts that go live now. */
  texts: ProductTexts
  /** Texts held for an official (the product's group is in review mode). */
  hold: ProductTexts
  variants: VariantEdit[]
  /** A change of the gallery, and whether it waits for review (the route decides, as for texts). */
  gallery?: GalleryEdit
  hold_gallery?: boolean
  /** An official accepting this open change request: it is marked accepted with the texts applied. */
  accept_request_id?: string
}

export type ProductEditPlan = {
  product: { description?: string; subtitle?: string } | null
  english_update: { id: string; translations: Record<string, unknown> } | null
  english_create: {
    reference_id: string
    reference: string
    locale_code: string
    translations: Record<string, unknown>
  } | null
  variants: {
    id: string
    weight?: number
    length?: number
    width?: number
    height?: number
    prices?: { id?: string; amount?: number; currency_code?: string }[]
  }[]
  price_changes: { variant_id: string; old_amount: number | null; new_amount: number }[]
}

/**
 * Reads what the edit changes and turns it into the inputs of Medusa's own workflows: the product's
 * Vietnamese texts, its English row in the translation module (merged, so other English texts stay),
 * each variant's shelf data and its price set's prices (all of the set's prices outside price lists
 * are passed with their ids, so only the VND price changes), and the price history's rows. Writes
 * nothing. A variant that is not the product's is a 404 here, before anything is written.
 */
export const planProductEditStep = createStep(
  "plan-producer-product-edit",
  async (input: ProductEditInput, { container }) => {
    const [row] = await productRows(container, [input.product_id])
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such product among this producer's products")
    const variants = row.variants ?? []
    for (const v of input.variants)
      if (!variants.some((own) => own.id === v.id))
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No such variant of this product: ${v.id}`)

    const t = input.texts
    const vi: { description?: string; subtitle?: string } = {}
    if (t.description !== undefined && t.description !== (row.description ?? "")) vi.description = t.description
    if (t.subtitle !== undefined && t.subtitle !== (row.subtitle ?? "")) vi.subtitle = t.subtitle
    const en: Record<string, string> = {}
    if (t.description_en !== undefined) en.description = t.description_en
    if (t.subtitle_en !== undefined) en.subtitle = t.subtitle_en
    const current = (await englishOf(container, [row.id])).get(row.id)
    const enChanged = Object.entries(en).some(([k, v]) => (current?.translations[k] ?? "") !== v)

    const prices = await setPrices(
      container,
      variants.flatMap((v) => (v.price_set ? [v.price_set.id] : [])),
    )
    const price_changes: ProductEditPlan["price_changes"] = []
    const planned = input.variants.flatMap((edit) => {
      const own = variants.find((v) => v.id === edit.id)!
      const out: ProductEditPlan["variants"][number] = { id: edit.id }
      let changed = false
      for (const key of ["weight", "length", "width", "height"] as const)
        if (edit[key] !== undefined && edit[key] !== own[key]) {
          out[key] = edit[key]
          changed = true
        }
      if (edit.price !== undefined) {
        const inSet = prices.filter((p) => p.price_set_id === own.price_set?.id)
        const base = inSet.find((p) => p.base)
        if (base?.amount !== edit.price) {
          out.prices = [
            ...inSet.map((p) => (p === base ? { id: p.id, amount: edit.price, currency_code: "vnd" } : { id: p.id })),
            ...(base ? [] : [{ amount: edit.price, currency_code: "vnd" }]),
          ]
          price_changes.push({ variant_id: edit.id, old_amount: base?.amount ?? null, new_amount: edit.price })
          changed = true
        }
      }
      return changed ? [out] : []
    })

    return new StepResponse<ProductEditPlan>({
      product: Object.keys(vi).length ? vi : null,
      english_update:
        enChanged && current ? { id: current.id, translations: { ...current.translations, ...en } } : null,
      english_create:
        enChanged && !current
          ? { reference_id: row.id, reference: "product", locale_code: ENGLISH, translations: en }
          : null,
      variants: planned,
      price_changes,
    })
  },
)
