import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerWorkspaceResponse } from "@ocop/core"
import { producerOwner } from "../../../../../access/producer"
import { workspaceView } from "../../../../../read-models/producer/views"
import { removeProducerMemberWorkflow } from "../../../../../workflows/producer/remove-member"

/** DELETE /store/producer/members/:id — the owner removes a staff member of its own producer. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const owner = producerOwner(res)
  await removeProducerMemberWorkflow(req.scope).run({
    input: { producer_id: owner.producer_id, member_id: req.params.id },
  })
  res.json({ workspace: await workspaceView(req.scope, owner) } satisfies ProducerWorkspaceResponse)
}
