import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"

/** The change request a route names (404 when none) and the official answering it. */
export async function requestAndOfficial(req: AuthenticatedMedusaRequest) {
  const [request] = await producerOf(req.scope).listProducerChangeRequests({ id: req.params.id }, { take: 1 })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such change request")
  const id = req.auth_context.actor_id
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "user", fields: ["email"], filters: { id } })
  return { request, official: { id, label: String((data[0] as { email?: string } | undefined)?.email ?? id) } }
}
