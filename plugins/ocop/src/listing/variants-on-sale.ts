import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListingReason } from "@ocop/core"
import { readListings } from "./check"

type Shelf = { title: string; sales_channels?: ({ id: string } | null)[] }

/** Why a variant may not be sold: the listing rule's reason, or what the shelf adds to it. */
export type OffSaleReason = Exclude<ListingReason, "listed"> | "not_on_sale" | "unknown"

/** May this variant be sold in this sales channel now? */
export type VariantOnSale = {
  variant_id: string
  /** The product's title, or null for a variant that does not exist. */
  title: string | null
  on_sale: boolean
  reason: OffSaleReason | null
}

/**
 * The cart gate's verdict per variant, read live: the listing check on the variant's product
 * (certificates, not only the product status, so a certificate that expired at midnight counts
 * before the expiry job has run) and the cart's sales channel, which core add-to-cart does not
 * check. The gate refuses on it and the storefront shows it, so both say the same.
 */
export async function readVariantsOnSale(
  container: MedusaContainer,
  variantIds: readonly string[],
  salesChannelId?: string | null,
): Promise<VariantOnSale[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: ids },
  })
  const productOf = new Map(variants.map((v: { id: string; product_id: string | null }) => [v.id, v.product_id ?? ""]))
  const listings = await readListings<Shelf>(container, [...productOf.values()], {
    product: ["title", "sales_channels.id"],
  })
  return ids.map((id) => {
    const listing = listings.get(productOf.get(id) ?? "")
    if (!listing) return { variant_id: id, title: null, on_sale: false, reason: "unknown" }
    const inChannel = (listing.product.sales_channels ?? []).some((sc) => sc?.id === salesChannelId)
    const onSale = listing.listed && inChannel
    const reason = onSale ? null : listing.decision.listed ? "not_on_sale" : (listing.decision.reason as OffSaleReason)
    return { variant_id: id, title: listing.product.title, on_sale: onSale, reason }
  })
}
