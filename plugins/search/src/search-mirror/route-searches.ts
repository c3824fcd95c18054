import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEILISEARCH_INDEX, PRODUCT_INDEX } from "./config"
import { meilisearchServes } from "./health"

type Query = { entity?: string }
type Body = Query & { queries?: Query[] }

/**
 * `POST /store/search` for the product index goes to the Meilisearch mirror while it serves
 * (health.ts), and to PostgreSQL otherwise. Clients always name "product": naming the mirror
 * directly is answered like "product", so a stale mirror is never read on purpose.
 */
export async function routeProductSearches(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const entity = (await meilisearchServes(req.scope)) ? MEILISEARCH_INDEX : PRODUCT_INDEX
    for (const body of [req.body, req.validatedBody] as (Body | undefined)[]) {
      for (const query of body?.queries ?? (body ? [body] : [])) {
        if (query.entity === PRODUCT_INDEX || query.entity === MEILISEARCH_INDEX) query.entity = entity
      }
    }
    next()
  } catch (err) {
    next(err)
  }
}
