import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerWorkspaceResponse } from "@ocop/core"
import { producerOwner } from "../../../../../access/producer"
import { workspaceView } from "../../../../../read-models/producer/views"
import { revokeProducerInviteWorkflow } from "../../../../../workflows/producer/revoke-invite"

/** DELETE /store/producer/invites/:id — the owner revokes a pending invitation of its own producer. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const owner = producerOwner(res)
  await revokeProducerInviteWorkflow(req.scope).run({
    input: { producer_id: owner.producer_id, invite_id: req.params.id },
  })
  res.json({ workspace: await workspaceView(req.scope, owner) } satisfies ProducerWorkspaceResponse)
}
