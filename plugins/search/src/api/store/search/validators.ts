import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Query = { filters?: { q?: unknown } }
type Body = Query & { queries?: Query[] }

/**
 * Medusa's search body accepts any JSON as `filters.q`; the search providers read it as text and
 * fail on anything else. A `q` that is not a string is refused here with a 400 naming it.
 */
export function requireTextQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Body | undefined
  const queries = body?.queries ?? (body ? [body] : [])
  const bad = queries.findIndex((query) => query?.filters?.q !== undefined && typeof query.filters.q !== "string")
  if (bad < 0) return next()
  const field = body?.queries ? `queries[${bad}].filters.q` : "filters.q"
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must be a string`))
}
