import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DeletedResponse } from "@ocop/core"
import { ownedOr404, tradeService } from "../../../../../../../access/trade"

/** DELETE /admin/trade/events/:id/exhibitors/:exhibitor_id — removes a producer from the event. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const trade = tradeService(req.scope)
  const exhibitor = await ownedOr404(
    trade.listExhibitors({ id: req.params.exhibitor_id, event_id: req.params.id }),
    `exhibitor ${req.params.exhibitor_id}`,
  )
  await trade.deleteExhibitors(exhibitor.id)
  res.json({ id: exhibitor.id, object: "exhibitor", deleted: true } satisfies DeletedResponse<"exhibitor">)
}
