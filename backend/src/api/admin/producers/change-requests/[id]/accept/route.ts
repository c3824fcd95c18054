import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminChangeRequestResponse } from "@ocop/core"
import { requestView } from "../../../../../../read-models/producer-catalogue/products"
import { editProducerProductWorkflow } from "../../../../../../workflows/producer/edit-product"
import type { GalleryPhoto } from "../../../../../../workflows/producer/gallery"
import type { ProductTexts } from "../../../../../../workflows/producer/steps/plan-product-edit"
import { producerOf } from "../../../../../../workflows/producer/steps/producer-of"
import { requestAndOfficial } from "../../official"

/**
 * POST /admin/producers/change-requests/:id/accept — the proposed texts and gallery go live through
 * the producer's own edit workflow, which marks the request accepted in the same run. Only an open
 * request: answered once, else 400.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { request, official } = await requestAndOfficial(req)
  const { gallery, ...texts } = (request.proposed ?? {}) as ProductTexts & { gallery?: GalleryPhoto[] }
  await editProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: request.producer_id,
      product_id: request.product_id,
      actor: official,
      texts,
      hold: {},
      variants: [],
      ...(gallery ? { gallery: { accept: gallery } } : {}),
      accept_request_id: request.id,
    },
  })
  const [after] = await producerOf(req.scope).listProducerChangeRequests({ id: request.id }, { take: 1 })
  res.json({ change_request: requestView(after) } satisfies AdminChangeRequestResponse)
}
