import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type RegistryRowProblem, type RegistryRunList } from "@ocop/core"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import type { AdminListRunsType } from "../validators"

type Run = Awaited<ReturnType<OcopModuleService["retrieveRegistryRun"]>>

// Counts and rejected rows are JSON columns, returned untyped: they hold what the import wrote.
const runView = (run: Run) => ({
  ...sent(run),
  counts: run.counts as Record<string, number> | null,
  errors: run.errors as RegistryRowProblem[] | null,
})

/** GET /admin/ocop/registry/runs — the latest registry runs with their counts and rejected rows. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRunsType>, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListRunsType
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [runs, count] = await ocop.listAndCountRegistryRuns(
    {},
    { order: { started_at: "DESC" }, skip: q.offset, take: q.limit },
  )
  res.json({ runs: runs.map(runView), count, offset: q.offset, limit: q.limit } satisfies RegistryRunList)
}
