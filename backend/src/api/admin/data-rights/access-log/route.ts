import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PersonalDataAccessList } from "@ocop/core"
import { DATA_RIGHTS_MODULE } from "../../../../modules/data-rights"
import type DataRightsModuleService from "../../../../modules/data-rights/service"
import type { AdminListAccessLogType } from "../validators"

/** GET /admin/data-rights/access-log?actor_id= — officials' accesses to personal data, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAccessLogType>, res: MedusaResponse) {
  const { limit, offset, actor_id } = req.validatedQuery
  const rights = req.scope.resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE)
  const [rows, count] = await rights.listAndCountPersonalDataAccesses(actor_id ? { actor_id } : {}, {
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    accesses: rows.map((r) => ({
      id: r.id,
      actor_id: r.actor_id,
      method: r.method,
      path: r.path,
      status: r.status,
      at: new Date(r.created_at).toISOString(),
    })),
    count,
  } satisfies PersonalDataAccessList)
}
