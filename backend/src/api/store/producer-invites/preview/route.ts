import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerInvitePreview } from "@ocop/core"
import { subjectNames } from "../../../../access/producer"
import { customerEmail, inviteByToken, inviteState, producerOf } from "../../../../workflows/producer/steps/producer-of"
import type { StorePreviewInviteType } from "../../producer/validators"

/**
 * POST /store/producer-invites/preview {token} — what an invitation's link offers before it is
 * accepted: the producer's name, whether it can still be accepted, and whether the signed-in account
 * holds the invited address (the address itself stays unsaid). A read, posted so the token stays out
 * of addresses and access logs.
 */
export async function POST(req: AuthenticatedMedusaRequest<StorePreviewInviteType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  const invite = await inviteByToken(req.scope, req.validatedBody.token)
  const [[producer], email] = await Promise.all([
    producerOf(req.scope).listProducers({ id: invite.producer_id }, { take: 1 }),
    customerEmail(req.scope, req.auth_context.actor_id),
  ])
  const name = producer ? ((await subjectNames(req.scope, [producer.subject_id])).get(producer.subject_id) ?? "") : ""
  res.json({
    producer: { name },
    state: inviteState(invite),
    for_you: email === invite.email,
    expires_at: new Date(invite.expires_at).toISOString(),
  } satisfies ProducerInvitePreview)
}
