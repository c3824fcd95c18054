import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerResolver, resolverConfig } from "./answer"
import { PREFLIGHT_HEADERS, CORS_HEADERS } from "./conformance"
import { resolverDescription } from "./description"

export { resolverConfig } from "./answer"

/** The resolver as a Medusa route (src/api/01, src/api/p): the same answer as the lean listener. */
export async function resolveDigitalLink(req: MedusaRequest, res: MedusaResponse) {
  const [path, search = ""] = req.originalUrl.split("?")
  const answer = await answerResolver(req.scope, {
    path,
    search,
    query: new URLSearchParams(search),
    header: (name) => req.get(name),
  })
  res.status(answer.status).set(answer.headers)
  // A Buffer, so Express sends the content type as set (it would add "; charset" to a string's).
  if (answer.body === undefined) res.end()
  else res.send(Buffer.from(answer.body))
}

/** A browser's CORS preflight on a resolver path: any origin may read the resolver. */
export function resolverPreflight(_req: MedusaRequest, res: MedusaResponse) {
  res.status(204).set(PREFLIGHT_HEADERS).end()
}

/** GET /.well-known/gs1resolver: the resolver description file (description.ts). */
export function describeResolver(_req: MedusaRequest, res: MedusaResponse) {
  res
    .status(200)
    .set({ ...CORS_HEADERS, "cache-control": "public, max-age=3600" })
    .json(resolverDescription(resolverConfig().origin))
}
