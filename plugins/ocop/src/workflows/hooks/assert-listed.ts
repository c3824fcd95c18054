import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { readVariantsOnSale } from "../../listing/variants-on-sale"

/**
 * Refuses variants whose product may not be sold right now in the cart's sales channel
 * (`readVariantsOnSale`, which the storefront's cart also shows).
 */
export async function assertListed(container: MedusaContainer, variantIds: string[], salesChannelId?: string | null) {
  const verdicts = await readVariantsOnSale(container, variantIds, salesChannelId)
  const refused = verdicts
    .filter((v) => !v.on_sale)
    .map((v) =>
      v.reason === "unknown"
        ? `${v.variant_id} (không tồn tại / does not exist)`
        : `${v.title} (${v.reason === "not_on_sale" ? "not on sale" : v.reason})`,
    )
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Sản phẩm không còn được bán / no longer for sale: ${refused.join(", ")}`,
    )
  }
}
