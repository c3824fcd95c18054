import "server-only"
import type { Locale } from "@/i18n/routing"
import { CacheTags } from "@ocop/core/revalidation"
import { sdk } from "../medusa"
import { MAX_AGE } from "./cache"

/** Product groups (OCOP codes such as "I.4.a") with their names in each language, from Medusa's categories. */
export async function groupNames(locale: Locale): Promise<Map<string, string>> {
  const { product_categories } = await sdk.client.fetch<{
    product_categories: { name: string; metadata: Record<string, unknown> | null }[]
  }>("/store/product-categories", {
    query: { fields: "name,metadata", limit: 200 },
    cache: "force-cache",
    next: { tags: [CacheTags.products], revalidate: MAX_AGE },
  })
  const names = new Map<string, string>()
  for (const c of product_categories) {
    const meta = (c.metadata ?? {}) as { ocop_code?: string; name_en?: string }
    if (meta.ocop_code) names.set(meta.ocop_code, locale === "en" && meta.name_en ? meta.name_en : c.name)
  }
  return names
}
