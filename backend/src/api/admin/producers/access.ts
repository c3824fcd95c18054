import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProducerResponse } from "@ocop/core"
import { adminProducerViews } from "../../../read-models/producer/views"
import { producerOf } from "../../../workflows/producer/steps/producer-of"
import { setProducerAccessWorkflow } from "../../../workflows/producer/set-producer-access"

/** Suspends or restores the producer of the address, then answers with it as the list shows it. */
export async function changeAccess(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  action: "suspend" | "restore",
  reason: string | null,
) {
  await setProducerAccessWorkflow(req.scope).run({
    input: { producer_id: req.params.id, action, reason, official_id: req.auth_context.actor_id },
  })
  const [producer] = await adminProducerViews(
    req.scope,
    await producerOf(req.scope).producerRows({ id: req.params.id }),
  )
  res.json({ producer } satisfies AdminProducerResponse)
}
