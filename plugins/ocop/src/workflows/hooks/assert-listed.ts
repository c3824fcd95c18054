import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingDecision } from "@ocop/core"
import { LISTING_FIELDS, loadFrameworks } from "../../listing/frameworks"

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
  const frameworks = await loadFrameworks(container)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: [
      "id",
      "product.title",
      "product.status",
      "product.sales_channels.id",
      ...LISTING_FIELDS.map((f) => `product.certificates.${f}`),
    ],
    filters: { id: ids },
  })
  const refused = ids.flatMap((id) => {
    const product = variants.find((v) => v.id === id)?.product
    if (!product) return [`${id} (không tồn tại / does not exist)`]
    const inChannel = (product.sales_channels ?? []).some((sc: { id: string } | null) => sc?.id === salesChannelId)
    const decision = listingDecision((product.certificates ?? []).filter(Boolean), frameworks)
    if (product.status === "published" && inChannel && decision.listed) return []
    return [`${product.title} (${decision.listed ? "not on sale" : decision.reason})`]
  })
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Sản phẩm không còn được bán / no longer for sale: ${refused.join(", ")}`,
    )
  }
}
