import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerGalleryResponse } from "@ocop/core"
import { editProducerProductWorkflow } from "../../../../../../workflows/producer/edit-product"
import { galleryAfter, ownedProduct } from "../../owned-product"
import type { StoreArrangeGalleryType } from "../../validators"

/**
 * POST /store/producer/products/:id/gallery {photos} — a member arranges the gallery: the photos
 * kept, by id, in their new order (one left out is removed, and its files deleted once no gallery
 * holds it). Live at once, or waiting for an official where the product's group is in review mode.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreArrangeGalleryType>, res: MedusaResponse) {
  const { membership, row, review, actor } = await ownedProduct(req, res)
  await editProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: membership.producer_id,
      product_id: row.id,
      actor,
      texts: {},
      hold: {},
      variants: [],
      gallery: { arrange: req.validatedBody.photos },
      hold_gallery: review,
    },
  })
  res.json({ photos: await galleryAfter(req, membership, review), waiting: review } satisfies ProducerGalleryResponse)
}
