import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerJoinResponse } from "@ocop/core"
import { subjectNames } from "../../../../access/producer"
import { producerOf } from "../../../../workflows/producer/steps/producer-of"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/accept-invite"
import type { StoreAcceptInviteType } from "../../producer/validators"

/**
 * POST /store/producer-invites/accept — the signed-in account accepts an invitation sent to its own
 * e-mail address. Outside `/store/producer/*`: the account does not act for the producer yet.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAcceptInviteType>, res: MedusaResponse) {
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, customer_id: req.auth_context.actor_id },
  })
  const [producer] = await producerOf(req.scope).listProducers({ id: result.producer_id }, { take: 1 })
  const names = await subjectNames(req.scope, [producer.subject_id])
  res.json({
    producer: { id: producer.id, name: names.get(producer.subject_id) ?? "" },
    role: "staff",
  } satisfies ProducerJoinResponse)
}
