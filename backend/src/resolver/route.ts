import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerResolver } from "./answer"

export { resolverConfig } from "./answer"

/** The resolver as a Medusa route (src/api/01, src/api/p): the same answer as the lean listener. */
export async function resolveDigitalLink(req: MedusaRequest, res: MedusaResponse) {
  const [path, search = ""] = req.originalUrl.split("?")
  const answer = await answerResolver(req.scope, {
    path,
    query: new URLSearchParams(search),
    header: (name) => req.get(name),
  })
  res.status(answer.status).set(answer.headers)
  if (answer.body === undefined) res.end()
  else res.send(answer.body)
}
