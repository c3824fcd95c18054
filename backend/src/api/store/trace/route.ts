import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolverConfig } from "../../../resolver/route"
import { resolveCode } from "../../../resolver/resolve"
import { traceView } from "../../../resolver/view"
import { localTrace } from "../../../read-models/traceability/english-trace"

/**
 * The scan page's data for a code: `GET /store/trace?code=/01/{GTIN}/10/{lot}/21/{serial}&s={token}`,
 * its lot, journey and sales points in English for `locale=en-US`.
 * Reading it records no scan (the resolver does, when a person arrives); certificate state and
 * scan counts are live, never cached by the storefront.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = req.query.code
  if (typeof code !== "string" || !code.startsWith("/") || code.length > 200) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "code must be a resolver path such as /01/{GTIN}/10/{lot}")
  }
  const token = typeof req.query.s === "string" ? req.query.s : null
  const cfg = resolverConfig()
  const found = await resolveCode(req.scope, code, token, cfg)
  if (found.kind === "invalid") throw new MedusaError(MedusaError.Types.INVALID_DATA, found.reason)
  if (found.kind === "unknown_product") throw new MedusaError(MedusaError.Types.NOT_FOUND, found.reason)
  const view = await traceView(req.scope, found)
  const trace = await localTrace(req.scope, view, found.lot?.id ?? null, req.locale)
  res.setHeader("Cache-Control", "no-store")
  res.json({ trace })
}
