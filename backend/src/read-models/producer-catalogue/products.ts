import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PRODUCER_EDIT_MODE_KEY,
  type ChangeRequestView,
  type PriceChangeView,
  type ProducerEditMode,
  type ProducerProductView,
  type ProducerTextField,
} from "@ocop/core"
import { galleryOf, photoView, type GalleryPhoto } from "../../workflows/producer/gallery"
import { producerOf } from "../../workflows/producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
/** The locale of the English texts in Medusa's translation module (decision 024). */
export const ENGLISH = "en-US"

/** The ids of the products the producer's OCOP subject makes (the OCOP plugin's product ↔ subject link). */
export async function producerProductIds(container: Container, subjectId: string): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "subject",
    fields: ["id", "products.id"],
    filters: { id: subjectId },
  })
  return ((data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? [])
    .filter((p): p is { id: string } => !!p)
    .map((p) => p.id)
}

type ProductRow = {
  id: string
  title: string
  handle: string
  status: string
  subtitle: string | null
  description: string | null
  categories?: ({ metadata?: Record<string, unknown> | null } | null)[] | null
  images?: { id: string; url: string; rank: number | null; metadata: Record<string, unknown> | null }[] | null
  variants?: {
    id: string
    title: string
    sku: string | null
    weight: number | null
    length: number | null
    width: number | null
    height: number | null
    price_set?: { id: string } | null
  }[]
}

export type BasePrice = { id: string; amount: number; price_set_id: string }
export type SetPrice = { id: string; currency_code: string; amount: number; price_set_id: string; base: boolean }

/**
 * The prices of the price sets outside price lists; `base` marks each set's VND price without
 * rules or quantity bounds: the variant's price as the producer sets it.
 */
export async function setPrices(container: Container, priceSetIds: string[]): Promise<SetPrice[]> {
  if (!priceSetIds.length) return []
  const prices = (await container.resolve(Modules.PRICING).listPrices(
    { price_set_id: priceSetIds },
    {
      select: [
        "id",
        "amount",
        "currency_code",
        "price_set_id",
        "price_list_id",
        "rules_count",
        "min_quantity",
        "max_quantity",
      ] as never,
      take: null,
    },
  )) as unknown as {
    id: string
    amount: unknown
    currency_code: string
    price_set_id: string
    price_list_id?: string | null
    rules_count?: number | null
    min_quantity?: unknown
    max_quantity?: unknown
  }[]
  return prices
    .filter((p) => !p.price_list_id)
    .map((p) => ({
      id: p.id,
      currency_code: p.currency_code,
      amount: Number(p.amount),
      price_set_id: p.price_set_id,
      base: p.currency_code === "vnd" && !p.rules_count && p.min_quantity == null && p.max_quantity == null,
    }))
}

/** The product's edit mode: "review" when the operator set one of its groups (categories) so. */
export const editModeOf = (p: Pick<ProductRow, "categories">): ProducerEditMode =>
  (p.categories ?? []).some((c) => c?.metadata?.[PRODUCER_EDIT_MODE_KEY] === "review") ? "review" : "live"

/** The products' rows as the catalogue reads them: texts, groups, images, variants with shelf data and price set. */
export async function productRows(container: Container, ids: string[]): Promise<ProductRow[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "status",
      "subtitle",
      "description",
      "categories.metadata",
      "images.id",
      "images.url",
      "images.rank",
      "images.metadata",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.weight",
      "variants.length",
      "variants.width",
      "variants.height",
      "variants.price_set.id",
    ],
    filters: { id: ids },
  })
  return data as unknown as ProductRow[]
}

/** The products' English rows in Medusa's translation module, by product id. */
export async function englishOf(container: Container, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; translations: Record<string, unknown> }>()
  const rows = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference: "product", reference_id: ids, locale_code: ENGLISH }, { take: null })
  return new Map(rows.map((r) => [r.reference_id, { id: r.id, translations: r.translations ?? {} }]))
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

export function requestView(r: {
  id: string
  product_id: string
  status: string
  proposed: unknown
  note: string | null
  requested_by: string
  created_at: Date | string
  resolved_at: Date | string | null
}): ChangeRequestView {
  const { gallery, ...texts } = (r.proposed ?? {}) as Partial<Record<ProducerTextField, string>> & {
    gallery?: GalleryPhoto[]
  }
  return {
    id: r.id,
    product_id: r.product_id,
    status: r.status as ChangeRequestView["status"],
    proposed: { ...texts, ...(gallery ? { gallery: gallery.map(photoView) } : {}) },
    note: r.note,
    requested_by: r.requested_by,
    requested_at: iso(r.created_at)!,
    resolved_at: iso(r.resolved_at),
  }
}

const str = (v: unknown) => (typeof v === "string" ? v : null)

/**
 * The producer's products (all, or the given ones among them) with their texts in both languages,
 * variants with VND price and shelf data, the newest open or returned change request and the
 * price history. Ownership is the subject's product list: ids outside it are dropped.
 */
export async function producerProducts(
  container: Container,
  producer: { producer_id: string; subject_id: string },
  only?: string[],
): Promise<ProducerProductView[]> {
  const own = await producerProductIds(container, producer.subject_id)
  const ids = only ? own.filter((id) => only.includes(id)) : own
  if (!ids.length) return []
  const producers = producerOf(container)
  const [rows, english, requests, history] = await Promise.all([
    productRows(container, ids),
    englishOf(container, ids),
    producers.listProducerChangeRequests(
      { product_id: ids, status: ["open", "returned"] },
      { order: { created_at: "DESC" }, take: null },
    ),
    producers.listProducerPriceChanges({ product_id: ids }, { order: { created_at: "DESC" }, take: 500 }),
  ])
  const prices = await setPrices(
    container,
    rows.flatMap((p) => (p.variants ?? []).flatMap((v) => (v.price_set ? [v.price_set.id] : []))),
  )
  return rows
    .sort((a, b) => a.title.localeCompare(b.title, "vi"))
    .map((p) => {
      const en = english.get(p.id)?.translations ?? {}
      const request = requests.find((r) => r.product_id === p.id)
      return {
        id: p.id,
        title: p.title,
        handle: p.handle,
        status: p.status,
        edit_mode: editModeOf(p),
        texts: {
          description: p.description ?? null,
          description_en: str(en.description),
          subtitle: p.subtitle ?? null,
          subtitle_en: str(en.subtitle),
        },
        variants: (p.variants ?? [])
          .map((v) => ({
            id: v.id,
            title: v.title,
            sku: v.sku ?? null,
            price: prices.find((x) => x.base && x.price_set_id === v.price_set?.id)?.amount ?? null,
            weight: v.weight ?? null,
            length: v.length ?? null,
            width: v.width ?? null,
            height: v.height ?? null,
          }))
          .sort((a, b) => (a.sku ?? a.title).localeCompare(b.sku ?? b.title)),
        photos: galleryOf(p.images).map(photoView),
        change_request: request ? requestView(request) : null,
        price_history: history
          .filter((h) => h.product_id === p.id)
          .map((h): PriceChangeView => ({
            variant_id: h.variant_id,
            old_amount: h.old_amount == null ? null : Number(h.old_amount),
            new_amount: Number(h.new_amount),
            changed_by: h.changed_by,
            changed_at: iso(h.created_at)!,
          })),
      }
    })
}
