import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import type { AdminListRunsType } from "../validators"

/** GET /admin/ocop/registry/runs — the latest registry runs with their counts and rejected rows. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRunsType>, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListRunsType
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [runs, count] = await ocop.listAndCountRegistryRuns(
    {},
    { order: { started_at: "DESC" }, skip: q.offset, take: q.limit },
  )
  res.json({ runs, count, offset: q.offset, limit: q.limit })
}
