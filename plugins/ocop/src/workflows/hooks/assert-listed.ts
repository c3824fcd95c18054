import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingDecision, type LegalFramework } from "@ocop/core"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

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
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const frameworks = (await ocop.listLegalFrameworks({}, { take: null })) as unknown as LegalFramework[]
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: [
      "id",
      "product.title",
      "product.status",
      "product.sales_channels.id",
      "product.certificates.status",
      "product.certificates.stars",
      "product.certificates.decision_date",
      "product.certificates.valid_until",
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
