import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FlaggedSerialList } from "@ocop/core"
import { flaggedSerialView } from "../flagged-serial-view"

/** GET /admin/traceability/flags — serials flagged as likely clones, most recent first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "serial",
    filters: { flagged_at: { $ne: null } },
    fields: [
      "id",
      "serial",
      "scan_count",
      "first_scanned_at",
      "last_scanned_at",
      "clone_reasons",
      "flagged_at",
      "lot.id",
      "lot.code",
      "lot.product_id",
    ],
    pagination: { take: 200, order: { flagged_at: "DESC" } },
  })
  res.json({ flagged_serials: data.map(flaggedSerialView) } satisfies FlaggedSerialList)
}
