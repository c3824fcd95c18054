// One synthetic product in the shape Medusa's createProductsWorkflow takes, shared by the scripts that
// write synthetic catalogues: the national loader and the benchmarks' catalogue. Products are created
// as drafts; the registry import then lists those the rule allows. Stock is not managed.

/** The variant option every synthetic product has. */
export const PACKAGING_OPTION = "Quy cách"

/**
 * @param {{ title: string, handle: string, subtitle?: string, description?: string,
 *   variants: { title: string, sku: string, price: number, weight_g?: number }[] }} p
 * @param {{ category_id: string, thumbnail: string | null, shipping_profile_id: string,
 *   sales_channel_id: string, metadata?: Record<string, unknown> }} shop
 */
export function productInput(p, shop) {
  return {
    title: p.title,
    handle: p.handle,
    subtitle: p.subtitle,
    description: p.description,
    status: "draft",
    category_ids: [shop.category_id],
    thumbnail: shop.thumbnail,
    weight: p.variants[0].weight_g,
    origin_country: "vn",
    shipping_profile_id: shop.shipping_profile_id,
    sales_channels: [{ id: shop.sales_channel_id }],
    options: [{ title: PACKAGING_OPTION, values: p.variants.map((v) => v.title) }],
    variants: p.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      weight: v.weight_g,
      manage_inventory: false,
      options: { [PACKAGING_OPTION]: v.title },
      prices: [{ amount: v.price, currency_code: "vnd" }],
    })),
    metadata: shop.metadata,
  }
}
