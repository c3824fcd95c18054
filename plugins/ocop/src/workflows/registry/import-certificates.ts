import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { applyListingRuleWorkflow } from "../listing/apply-listing-rule"
import { CERTIFICATION_CHANGED_EVENT, CertificateEvents } from "@ocop/core"
import { applyCertificateChangesStep, needsWrite } from "./steps/apply-certificate-changes"
import type { ChangeKind } from "../../registry/plan"
import { planCertificateChangesStep } from "./steps/plan-certificate-changes"
import { acquireRegistryLockStep, releaseRegistryLockStep } from "./steps/hold-registry-lock"
import { recordRegistryRunStep } from "./steps/record-registry-run"
import { validateRegistryRowsStep } from "./steps/validate-registry-rows"
import { OcopWorkflowIds } from "../ids"

export type ImportCertificatesInput = {
  rows: unknown[]
  source: "feed" | "csv" | "seed"
  dry_run?: boolean
  /** Number of the first row, for messages (2 for a CSV file with a header line). */
  first_row?: number
  /** The feed's validators, kept on the run for the next conditional request. */
  etag?: string | null
  last_modified?: string | null
}

const EVENT: Partial<Record<ChangeKind, string>> = {
  issued: CertificateEvents.ISSUED,
  upgraded: CertificateEvents.UPGRADED,
  renewed: CertificateEvents.RENEWED,
  revoked: CertificateEvents.REVOKED,
  expired: CertificateEvents.EXPIRED,
  suspended: CertificateEvents.SUSPENDED,
  reinstated: CertificateEvents.REINSTATED,
  updated: CertificateEvents.CORRECTED,
}

/**
 * The one import path for certificates (registry feed, CSV upload or CLI, demo
 * seed): valid rows are applied, bad rows are reported with row, field and
 * reason, a rerun changes nothing, and a lock serialises concurrent runs, nested in the feed
 * sync or not; a killed run's lock lapses within a lease (`hold-registry-lock.ts`).
 */
export const importCertificatesWorkflow = createWorkflow(
  OcopWorkflowIds.importCertificates,
  (input: ImportCertificatesInput) => {
    const lock = acquireRegistryLockStep()
    const checked = validateRegistryRowsStep({ rows: input.rows, first_row: input.first_row })
    const planned = planCertificateChangesStep(checked.valid)
    const problems = transform({ checked, planned }, ({ checked, planned }) => [
      ...checked.problems,
      ...planned.problems,
    ])

    when("apply-changes", { input }, ({ input }) => !input.dry_run).then(() => {
      applyCertificateChangesStep(planned.plan)
      // Products whose listing a killed run left behind their certificates are put right too.
      const productIds = transform({ planned }, ({ planned }) => [
        ...new Set(planned.plan.filter((p) => needsWrite(p) || p.relist).map((p) => p.product_id)),
      ])
      applyListingRuleWorkflow.runAsStep({ input: { product_ids: productIds } })
      emitEventStep({
        eventName: CERTIFICATION_CHANGED_EVENT,
        data: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
      }).config({ name: "emit-certification-changed" })
      // One emit step per event name: each carries every certificate of that kind in this run.
      for (const [kind, eventName] of Object.entries(EVENT)) {
        const data = transform({ planned }, ({ planned }) =>
          planned.plan
            .filter((p) => p.kind === kind)
            .map((p) => ({
              certificate_number: p.row.certificate_number,
              product_ids: [p.product_id],
              listing_applied: true,
            })),
        )
        emitEventStep({ eventName, data }).config({ name: `emit-certificate-${kind}` })
      }
    })

    const run = recordRegistryRunStep(
      transform({ input, planned, problems, checked }, ({ input, planned, problems, checked }) => ({
        source: input.source,
        dry_run: Boolean(input.dry_run),
        started_at: checked.started_at,
        plan: planned.plan,
        problems,
        etag: input.etag,
        last_modified: input.last_modified,
      })),
    )
    releaseRegistryLockStep(lock)
    return new WorkflowResponse(run)
  },
)
