import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { RowProblem } from "../../../registry/row"
import type { PlannedChange } from "../../../registry/plan"

export type RunSummary = {
  source: "feed" | "csv" | "seed"
  dry_run: boolean
  started_at: Date
  plan: PlannedChange[]
  problems: RowProblem[]
  etag?: string | null
  last_modified?: string | null
}

/** Records the run with its counts and every rejected row, for the admin's registry runs page. */
export const recordRegistryRunStepId = "record-registry-run"
export const recordRegistryRunStep = createStep(recordRegistryRunStepId, async (run: RunSummary, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const counts: Record<string, number> = {
    rejected: run.problems.length ? new Set(run.problems.map((p) => p.row)).size : 0,
  }
  for (const p of run.plan) {
    // An unchanged certificate whose product link or listing a run killed midway left behind is repaired.
    const kind = p.kind !== "unchanged" ? p.kind : p.link_certificate ? "relinked" : p.relist ? "relisted" : p.kind
    counts[kind] = (counts[kind] ?? 0) + 1
  }
  const errors = [...run.problems].sort((a, b) => a.row - b.row)
  const saved = await ocop.createRegistryRuns({
    source: run.source,
    dry_run: run.dry_run,
    status: "succeeded",
    started_at: run.started_at,
    finished_at: new Date(),
    counts,
    errors: errors as unknown as Record<string, unknown>,
    etag: run.etag ?? null,
    last_modified: run.last_modified ?? null,
  })
  return new StepResponse({ id: saved.id, counts, errors, changes: run.plan.filter((p) => p.kind !== "unchanged") })
})

/** Records a run that could not read its source at all, so the runs page shows the outage and its cause. */
export const recordFailedRegistryRunStepId = "record-failed-registry-run"
export const recordFailedRegistryRunStep = createStep(
  recordFailedRegistryRunStepId,
  async (input: { source: RunSummary["source"]; dry_run: boolean; started_at: Date; error: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const errors: RowProblem[] = [{ row: 0, field: input.source, reason: input.error }]
    const saved = await ocop.createRegistryRuns({
      source: input.source,
      dry_run: input.dry_run,
      status: "failed",
      started_at: input.started_at,
      finished_at: new Date(),
      counts: {},
      errors: errors as unknown as Record<string, unknown>,
    })
    return new StepResponse({ id: saved.id, counts: {}, errors, changes: [] })
  },
)
