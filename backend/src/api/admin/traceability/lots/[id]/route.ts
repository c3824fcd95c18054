import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sent, type LotDetailResponse } from "@ocop/core"
import { lotSummaries } from "../../../../../read-models/traceability/admin-summaries"
import { flaggedSerialView } from "../../flagged-serial-view"

/** GET /admin/traceability/lots/:id — the lot, its journey, figures and the serials flagged as clones. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "lot",
    filters: { id: req.params.id },
    fields: ["*", "events.*", "product.title", "product.handle"],
  })
  const lot = data[0]
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id ${req.params.id}`)
  const { data: flagged } = await query.graph({
    entity: "serial",
    filters: { lot_id: lot.id, flagged_at: { $ne: null } },
    fields: ["id", "serial", "scan_count", "first_scanned_at", "last_scanned_at", "clone_reasons", "flagged_at"],
  })
  const [summary] = await lotSummaries(req.scope, [lot])
  const events = [...(lot.events ?? [])]
    .filter((e) => e !== null)
    .sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
  res.json({
    lot: sent({ ...summary, events }),
    flagged_serials: flagged.map(flaggedSerialView),
  } satisfies LotDetailResponse)
}
