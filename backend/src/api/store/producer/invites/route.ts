import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerInviteResponse } from "@ocop/core"
import { producerOwner } from "../../../../access/producer"
import { inviteView } from "../../../../read-models/producer/views"
import { inviteProducerStaffWorkflow } from "../../../../workflows/producer/invite-staff"
import type { StoreInviteStaffType } from "../validators"

/** POST /store/producer/invites — the owner invites an e-mail address as staff; the link goes by e-mail. */
export async function POST(req: AuthenticatedMedusaRequest<StoreInviteStaffType>, res: MedusaResponse) {
  const owner = producerOwner(res)
  const { result } = await inviteProducerStaffWorkflow(req.scope).run({
    input: {
      producer_id: owner.producer_id,
      subject_id: owner.subject_id,
      email: req.validatedBody.email,
      locale: req.validatedBody.locale,
      invited_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ invite: inviteView(result) } satisfies ProducerInviteResponse)
}
