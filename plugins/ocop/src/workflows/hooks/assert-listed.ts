import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readListings } from "../../listing/check"

type Shelf = { title: string; sales_channels?: ({ id: string } | null)[] }

/**
 * Refuses variants whose product may not be sold right now. It decides from the
 * certificates themselves (not only the product status), so a certificate that
 * expired at midnight is refused before the expiry job has run, and from the
 * cart's sales channel, which core add-to-cart does not check.
 */
export async function assertListed(container: MedusaContainer, variantIds: string[], salesChannelId?: string | null) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id"],
    filters: { id: ids },
  })
  const productOf = new Map(variants.map((v) => [v.id as string, v.product_id as string]))
  const listings = await readListings<Shelf>(container, [...productOf.values()], {
    product: ["title", "sales_channels.id"],
  })
  const refused = ids.flatMap((id) => {
    const listing = listings.get(productOf.get(id) ?? "")
    if (!listing) return [`${id} (không tồn tại / does not exist)`]
    const inChannel = (listing.product.sales_channels ?? []).some((sc) => sc?.id === salesChannelId)
    if (listing.listed && inChannel) return []
    return [`${listing.product.title} (${listing.decision.listed ? "not on sale" : listing.decision.reason})`]
  })
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Sản phẩm không còn được bán / no longer for sale: ${refused.join(", ")}`,
    )
  }
}
