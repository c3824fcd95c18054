import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RowProblem } from "../../../registry/row"
import type { NumberedRow } from "./validate-registry-rows"

export type ChangeKind =
  "issued" | "upgraded" | "renewed" | "revoked" | "expired" | "suspended" | "reinstated" | "updated" | "unchanged"

export type PlannedChange = {
  row: NumberedRow
  product_id: string
  existing_id: string | null
  kind: ChangeKind
  /** Active certificates of the same product that this new one supersedes. */
  supersedes: string[]
  /** Whether the product still needs its link to the subject. */
  link_subject: boolean
  /**
   * Whether the product still needs its link to this certificate: true for a new one, and for an
   * existing one whose link a run killed midway never wrote, so that a rerun converges.
   */
  link_certificate: boolean
}

const COMPARED = [
  "stars",
  "score",
  "score_a",
  "score_b",
  "score_c",
  "framework_code",
  "decision_number",
  "decision_date",
  "authority",
  "valid_from",
  "valid_until",
  "status",
  "status_reason",
  "status_decision_number",
  "status_decision_date",
] as const

/** Works out what each valid row changes (by certificate number); unknown products become problems. */
export const planCertificateChangesStepId = "plan-certificate-changes"
export const planCertificateChangesStep = createStep(
  planCertificateChangesStepId,
  async (rows: NumberedRow[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "subject.id",
        "certificates.id",
        "certificates.number",
        "certificates.status",
        "certificates.stars",
      ],
      filters: { handle: [...new Set(rows.map((r) => r.product_handle))] },
    })
    const { data: existing } = await query.graph({
      entity: "certificate",
      fields: ["id", "number", ...COMPARED],
      filters: { number: rows.map((r) => r.certificate_number) },
    })
    const byHandle = new Map(products.map((p) => [p.handle, p]))
    const byNumber = new Map(existing.map((c) => [c.number, c]))
    const plan: PlannedChange[] = []
    const problems: RowProblem[] = []
    for (const row of rows) {
      const product = byHandle.get(row.product_handle)
      if (!product) {
        problems.push({ row: row.row, field: "product_handle", reason: `no product with handle ${row.product_handle}` })
        continue
      }
      const current = byNumber.get(row.certificate_number)
      const others = (product.certificates ?? []).filter(
        (c: { number: string; status: string } | null) =>
          c && c.number !== row.certificate_number && c.status === "active",
      ) as { id: string; stars: number }[]
      if (!current) {
        const supersedes = row.status === "active" ? others.map((c) => c.id) : []
        const kind: ChangeKind =
          row.status !== "active"
            ? statusKind(row.status)
            : others.length === 0
              ? "issued"
              : row.stars > Math.max(...others.map((c) => c.stars))
                ? "upgraded"
                : "renewed"
        plan.push({
          row,
          product_id: product.id,
          existing_id: null,
          kind,
          supersedes,
          link_subject: !product.subject,
          link_certificate: true,
        })
        continue
      }
      const differs = COMPARED.some((f) => (current as Record<string, unknown>)[f] !== row[f])
      const kind: ChangeKind = !differs
        ? "unchanged"
        : current.status !== row.status
          ? row.status === "active"
            ? "reinstated"
            : statusKind(row.status)
          : "updated"
      const linked = (product.certificates ?? []).some(
        (c: { number: string } | null) => c?.number === row.certificate_number,
      )
      plan.push({
        row,
        product_id: product.id,
        existing_id: current.id,
        kind,
        supersedes: [],
        link_subject: !product.subject,
        link_certificate: !linked,
      })
    }
    return new StepResponse({ plan, problems })
  },
)

function statusKind(status: NumberedRow["status"]): ChangeKind {
  if (status === "revoked" || status === "expired" || status === "suspended") return status
  return "updated"
}
