import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminChangeRequestRow, AdminChangeRequestsResponse } from "@ocop/core"
import { englishOf, productRows, requestView } from "../../../../read-models/producer-catalogue/products"
import { galleryOf, photoView } from "../../../../workflows/producer/gallery"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"
import type { AdminListChangeRequestsType } from "../validators"

/**
 * GET /admin/producers/change-requests?status= — producers' text and gallery changes held for review
 * (open by default), oldest first, each with the product's current texts and photos beside the
 * proposed ones.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListChangeRequestsType>, res: MedusaResponse) {
  const status = req.validatedQuery.status ?? "open"
  const requests = await producerOf(req.scope).listProducerChangeRequests(
    { status },
    { order: { created_at: "ASC" }, take: 200 },
  )
  const ids = [...new Set(requests.map((r) => r.product_id))]
  const [rows, english] = await Promise.all([productRows(req.scope, ids), englishOf(req.scope, ids)])
  const change_requests = requests.map((r): AdminChangeRequestRow => {
    const p = rows.find((row) => row.id === r.product_id)
    const en = english.get(r.product_id)?.translations ?? {}
    const s = (v: unknown) => (typeof v === "string" ? v : null)
    return {
      ...requestView(r),
      product: { id: r.product_id, title: p?.title ?? "", handle: p?.handle ?? "" },
      current: {
        description: p?.description ?? null,
        description_en: s(en.description),
        subtitle: p?.subtitle ?? null,
        subtitle_en: s(en.subtitle),
        gallery: galleryOf(p?.images).map(photoView),
      },
    }
  })
  res.json({ change_requests } satisfies AdminChangeRequestsResponse)
}
