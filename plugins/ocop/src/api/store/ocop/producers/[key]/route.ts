import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * A producer's public page data: who they are, their commune, their story, and the handles of
 * their products that are for sale (listed = published, decision 004). The e-mail and tax code
 * are never selected. A producer with nothing for sale is not shown.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "subject",
    filters: { key: req.params.key },
    fields: [
      "key",
      "name",
      "type",
      "legacy_locality",
      "story_vi",
      "story_en",
      "commune.code",
      "commune.name",
      "products.handle",
      "products.status",
    ],
  })
  const handles = ((producer?.products ?? []) as { handle: string; status: string }[])
    .filter((p) => p?.status === "published")
    .map((p) => p.handle)
    .sort()
  if (!producer || !handles.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with products for sale at "${req.params.key}"`)
  }
  const { products: _products, ...facts } = producer
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ producer: facts, product_handles: handles })
}
