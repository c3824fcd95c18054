import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_TEXT_FIELDS, type ProducerProductEditResponse, type ProducerTextField } from "@ocop/core"
import { producerMembership } from "../../../../../access/producer"
import {
  editModeOf,
  englishOf,
  producerProductIds,
  producerProducts,
  productRows,
} from "../../../../../read-models/producer-catalogue/products"
import { editProducerProductWorkflow } from "../../../../../workflows/producer/edit-product"
import { customerEmail } from "../../../../../workflows/producer/steps/producer-of"
import type { ProductTexts } from "../../../../../workflows/producer/steps/plan-product-edit"
import { StoreEditProducerProduct } from "../validators"

/**
 * POST /store/producer/products/:id — a member (owner or staff) edits one of its subject's products:
 * descriptions and subtitles in vi and en, and per variant the VND price and shelf data. Prices and
 * shelf data apply at once; texts too, unless the product's group is in review mode, where they wait
 * in a change request for an official. Another producer's product or variant is a 404.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  // Validated here rather than in middlewares.ts: the route and its schema stay one folder.
  const parsed = StoreEditProducerProduct.safeParse(req.body ?? {})
  if (!parsed.success)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: ${parsed.error.issues
        .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
        .join("; ")}`,
    )
  const body = parsed.data
  const id = req.params.id
  if (!(await producerProductIds(req.scope, membership.subject_id)).includes(id))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such product among this producer's products")
  const [[row], english] = await Promise.all([productRows(req.scope, [id]), englishOf(req.scope, [id])])
  const review = editModeOf(row) === "review"
  const en = english.get(id)?.translations ?? {}
  const current: Record<ProducerTextField, unknown> = {
    description: row.description ?? "",
    subtitle: row.subtitle ?? "",
    description_en: en.description ?? "",
    subtitle_en: en.subtitle ?? "",
  }
  // Only the texts that change: a form sends them all, and an unchanged text is nothing to review.
  const texts: ProductTexts = {}
  for (const field of PRODUCER_TEXT_FIELDS)
    if (body[field] !== undefined && body[field] !== current[field]) texts[field] = body[field]
  await editProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: membership.producer_id,
      product_id: id,
      actor: { id: req.auth_context.actor_id, label: await customerEmail(req.scope, req.auth_context.actor_id) },
      texts: review ? {} : texts,
      hold: review ? texts : {},
      variants: body.variants ?? [],
    },
  })
  const [product] = await producerProducts(req.scope, membership, [id])
  res.json({
    product,
    waiting: review ? (Object.keys(texts) as ProducerTextField[]) : [],
  } satisfies ProducerProductEditResponse)
}
