import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sent, type SerialList, type SerialsIssuedResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../../modules/traceability/service"
import { issueSerialsWorkflow } from "../../../../../../workflows/traceability/issue-serials"
import type { AdminIssueSerialsType } from "../../../validators"

/** GET /admin/traceability/lots/:id/serials — the lot's serials in issue order, with their scan counters. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [serials, count] = await service.listAndCountSerials(
    { lot_id: req.params.id },
    {
      select: ["serial", "scan_count", "first_scanned_at", "flagged_at"],
      order: { created_at: "ASC", serial: "ASC" },
      take: Math.min(Number(req.query.limit) || 1000, 10_000),
      skip: Math.max(Number(req.query.offset) || 0, 0),
    },
  )
  res.json({ serials: sent(serials), count } satisfies SerialList)
}

/** POST /admin/traceability/lots/:id/serials — issue more unit serials for labels. */
export async function POST(req: AuthenticatedMedusaRequest<AdminIssueSerialsType>, res: MedusaResponse) {
  const service: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await service.listLots({ id: req.params.id }, { select: ["id"] })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id ${req.params.id}`)
  const { result } = await issueSerialsWorkflow(req.scope).run({
    input: { lot_id: lot.id, count: req.validatedBody.count },
  })
  res.status(201).json({ serials: result.map((s) => s.serial) } satisfies SerialsIssuedResponse)
}
