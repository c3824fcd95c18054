import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { toHandle } from "@ocop/core"
import type { CommerceSetup } from "./commerce-setup"
import type { Dataset, SeedProduct } from "./dataset-types"
import { drawProductImage } from "./product-image"

const OPTION = "Quy cách"
const OPTION_EN = "Pack"
const ENGLISH = "en-US"

/** OCOP sectors and the 26 product sets as Medusa product categories (parent → child). */
export async function ensureCategories(container: MedusaContainer, data: Dataset): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const byCode = new Map<string, string>()
  const existing = await products.listProductCategories({}, { take: null, select: ["id", "handle"] })
  const idByHandle = new Map(existing.map((c) => [c.handle, c.id]))
  const create = async (
    rows: { name: string; handle: string; parent?: string; metadata: Record<string, unknown> }[],
  ) => {
    const missing = rows.filter((r) => !idByHandle.has(r.handle))
    if (!missing.length) return
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((r) => ({
          name: r.name,
          handle: r.handle,
          is_active: true,
          parent_category_id: r.parent ?? null,
          metadata: r.metadata,
        })),
      },
    })
    for (const c of result) idByHandle.set(c.handle, c.id)
  }
  const handleOf = (code: string) => `ocop-${toHandle(code)}`
  await create(
    data.sectors.map((s) => ({
      name: s.name,
      handle: handleOf(s.code),
      metadata: { ocop_code: s.code, name_en: s.name_en },
    })),
  )
  await create(
    data.groups.map((g) => ({
      name: g.name,
      handle: handleOf(g.code),
      parent: idByHandle.get(handleOf(g.sector)),
      metadata: { ocop_code: g.code, name_en: g.name_en },
    })),
  )
  for (const g of data.groups) byCode.set(g.code, idByHandle.get(handleOf(g.code))!)
  return byCode
}

/**
 * Creates the products that do not exist yet (matched by handle), as drafts:
 * only the OCOP plugin's listing workflow puts a product on sale, once its
 * certificate has been imported.
 */
export async function ensureProducts(
  container: MedusaContainer,
  data: Dataset,
  setup: CommerceSetup,
  categories: Map<string, string>,
  log: (msg: string) => void,
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts(
    { handle: data.products.map((p) => p.handle) },
    { select: ["handle"], take: null },
  )
  const done = new Set(existing.map((p) => p.handle))
  const todo = data.products.filter((p) => !done.has(p.handle))
  const producerName = new Map(data.producers.map((p) => [p.key, p.name]))
  for (const p of todo) {
    const imageUrl = await uploadImage(container, p, producerName.get(p.producer) ?? "")
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: p.title,
            handle: p.handle,
            subtitle: p.subtitle,
            description: p.description,
            status: ProductStatus.DRAFT,
            category_ids: [categories.get(p.group_code)!],
            thumbnail: imageUrl,
            images: [{ url: imageUrl }],
            weight: p.weight_g,
            origin_country: "vn",
            shipping_profile_id: setup.shippingProfileId,
            sales_channels: [{ id: setup.salesChannelId }],
            options: [{ title: OPTION, values: p.variants.map((v) => v.title) }],
            variants: p.variants.map((v, i) => ({
              title: v.title,
              sku: v.sku,
              ean: i === 0 && p.gtin?.length === 13 ? p.gtin : undefined,
              weight: v.weight_g,
              manage_inventory: p.kind === "goods",
              options: { [OPTION]: v.title },
              prices: [{ amount: v.price, currency_code: "vnd" }],
            })),
            metadata: { seed: "demo" },
          },
        ],
      },
    })
    await translateToEnglish(container, result[0].id, p)
    if (p.kind === "goods") await stock(container, data, setup, result[0].id)
    log(`  created ${p.handle}`)
  }
  return { created: todo.length, skipped: done.size }
}

async function uploadImage(container: MedusaContainer, p: SeedProduct, producer: string): Promise<string> {
  const image = await drawProductImage({
    title: p.title,
    stars: p.certificate.stars,
    producer,
    groupCode: p.group_code,
  })
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        { filename: `${p.handle}.webp`, mimeType: "image/webp", content: image.toString("base64"), access: "public" },
      ],
    },
  })
  return result[0].url
}

type Translatable = { id: string; title?: string; value?: string; values?: Translatable[] }

/**
 * The product's English in Medusa's translation module, which the Store API serves for
 * `?locale=en-US`: the product's texts, its variants' titles and its option with its values.
 */
async function translateToEnglish(container: MedusaContainer, productId: string, p: SeedProduct) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["variants.id", "variants.title", "options.id", "options.values.id", "options.values.value"],
    filters: { id: productId },
  })
  const product = data[0] as { variants?: Translatable[]; options?: Translatable[] }
  const titleEn = new Map(p.variants.map((v) => [v.title, v.title_en]))
  const english = (reference: string, row: Translatable, translations: Record<string, string | undefined>) => ({
    reference_id: row.id,
    reference,
    locale_code: ENGLISH,
    translations,
  })
  const options = product.options ?? []
  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        english(
          "product",
          { id: productId },
          { title: p.title_en, subtitle: p.subtitle_en, description: p.description_en },
        ),
        ...(product.variants ?? []).map((v) => english("product_variant", v, { title: titleEn.get(v.title!) })),
        ...options.map((o) => english("product_option", o, { title: OPTION_EN })),
        ...options
          .flatMap((o) => o.values ?? [])
          .map((v) => english("product_option_value", v, { value: titleEn.get(v.value!) })),
      ],
    },
  })
}

async function stock(container: MedusaContainer, data: Dataset, setup: CommerceSetup, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  })
  const places = [
    { id: setup.warehouseId, quantity: data.warehouse.stock_per_variant },
    ...setup.salesPointIds.map((id, i) => ({ id, quantity: data.salesPoints[i].stock_per_variant })),
  ]
  const levels = variants.flatMap((v) =>
    (v.inventory_items ?? []).flatMap((item: { inventory_item_id: string } | null | undefined) =>
      item
        ? places.map((place) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: place.id,
            stocked_quantity: place.quantity,
          }))
        : [],
    ),
  )
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}
