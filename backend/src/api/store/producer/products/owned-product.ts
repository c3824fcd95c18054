import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerMembership } from "../../../../access/producer"
import {
  editModeOf,
  producerProductIds,
  producerProducts,
  productRows,
} from "../../../../read-models/producer-catalogue/products"
import { galleryOf, type GalleryPhoto } from "../../../../workflows/producer/gallery"
import { customerEmail, producerOf } from "../../../../workflows/producer/steps/producer-of"

/**
 * The product `:id` among the signed-in member's producer's products (404 otherwise: ownership is the
 * subject's product list), whether its group is in review mode, who acts, and the gallery an edit
 * starts from (the one waiting for review, or the live one).
 */
export async function ownedProduct(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const id = req.params.id
  if (!(await producerProductIds(req.scope, membership.subject_id)).includes(id))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such product among this producer's products")
  const [[row], [open], label] = await Promise.all([
    productRows(req.scope, [id]),
    producerOf(req.scope).listProducerChangeRequests({ product_id: id, status: "open" }, { take: 1 }),
    customerEmail(req.scope, req.auth_context.actor_id),
  ])
  const held = ((open?.proposed ?? {}) as { gallery?: GalleryPhoto[] }).gallery
  const review = editModeOf(row) === "review"
  return {
    membership,
    row,
    review,
    actor: { id: req.auth_context.actor_id, label },
    gallery: (review && held) || galleryOf(row.images),
  }
}

/** The gallery after a change: the one waiting for review, or the live one. */
export async function galleryAfter(
  req: AuthenticatedMedusaRequest,
  membership: { producer_id: string; subject_id: string },
  waiting: boolean,
) {
  const [product] = await producerProducts(req.scope, membership, [req.params.id])
  return (
    (waiting && product.change_request?.status === "open" && product.change_request.proposed.gallery) || product.photos
  )
}
