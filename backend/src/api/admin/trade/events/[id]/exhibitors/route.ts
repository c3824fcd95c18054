import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type AdminExhibitorResponse } from "@ocop/core"
import { tradeService } from "../../../../../../access/trade"
import { saveExhibitorWorkflow } from "../../../../../../workflows/trade/events/save-exhibitor"
import type { AdminSaveExhibitorType } from "../../../validators"

/** POST /admin/trade/events/:id/exhibitors — adds a producer (or updates its booth and products). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveExhibitorType>, res: MedusaResponse) {
  const { result } = await saveExhibitorWorkflow(req.scope).run({
    input: { event_id: req.params.id, exhibitor: req.validatedBody },
  })
  res.status(201).json({
    exhibitor: sent(await tradeService(req.scope).retrieveExhibitor(result.id)),
  } satisfies AdminExhibitorResponse)
}
