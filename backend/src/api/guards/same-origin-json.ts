import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

/** Methods that change state; reads pass untouched. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

/**
 * Routes that receive files. Everything else takes JSON only: a browser form cannot send JSON
 * across origins without a CORS preflight, so a cross-site form post cannot reach a handler.
 */
const MULTIPART_ROUTES = [
  /^\/admin\/uploads\/?$/, // Medusa's product image upload
  /^\/admin\/products\/import\/?$/, // Medusa's product CSV import
  /^\/store\/trade\/me\/agreements\/[^/]+\/documents\/?$/, // agreement PDFs (docs/trade.md)
  /^\/store\/producer\/products\/[^/]+\/photos\/?$/, // a producer's product photos (docs/producers.md)
  /^\/store\/ocop\/me\/reviews\/?$/, // a buyer's review with its photos (docs/reviews.md)
  /^\/store\/ocop\/orders\/[^/]+\/returns\/?$/, // a shopper's return request with photos (docs/returns.md)
]

type HttpConfig = { adminCors?: string; storeCors?: string; authCors?: string }

/** The origins the shop serves pages from: those configured for CORS, read once per process. */
let trusted: (string | RegExp)[] | null = null
function trustedOrigins(req: MedusaRequest) {
  if (trusted) return trusted
  const http = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http as HttpConfig
  trusted = [http.adminCors, http.storeCors, http.authCors].flatMap((list) => parseCorsOrigins(list ?? ""))
  return trusted
}

const isTrusted = (origin: string, allowed: (string | RegExp)[]) =>
  allowed.some((entry) => (typeof entry === "string" ? entry.replace(/\/$/, "") === origin : entry.test(origin)))

function mediaType(req: MedusaRequest) {
  return (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
}

function hasBody(req: MedusaRequest) {
  return Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined
}

/**
 * Guards routes that a session cookie authenticates against cross-site requests: a write must come
 * from one of the shop's own origins when the browser names one (server-to-server calls name none),
 * and its body must be JSON (multipart only where a route takes files).
 */
export function sameOriginJson(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!WRITES.has(req.method)) return next()
  const origin = req.headers.origin
  if (origin !== undefined && !isTrusted(origin, trustedOrigins(req))) {
    res.status(403).json({ type: "not_allowed", message: `Requests from origin ${origin} are not allowed` })
    return
  }
  const type = mediaType(req)
  const multipart = MULTIPART_ROUTES.some((route) => route.test(req.path))
  const accepted = type === "application/json" || (multipart && type === "multipart/form-data")
  if (accepted || (type === "" && !hasBody(req))) return next()
  res.status(415).json({
    type: "invalid_data",
    message: multipart ? "Send application/json or multipart/form-data" : "Send the body as application/json",
  })
}
