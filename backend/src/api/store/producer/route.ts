import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerWorkspaceResponse } from "@ocop/core"
import { producerMembership } from "../../../access/producer"
import { workspaceView } from "../../../read-models/producer/views"

/** GET /store/producer — the producer the account acts for, its role, the members and pending invitations. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ workspace: await workspaceView(req.scope, producerMembership(res)) } satisfies ProducerWorkspaceResponse)
}
