import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentUnit, listingDecision } from "@ocop/core"
import { LISTING_FIELDS, loadFrameworks } from "../../../listing/frameworks"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
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
  /** Today's commune of the producer (null when a split leaves it undecided). */
  commune_id: string | null
  /** Whether the product still needs its link to the subject. */
  link_subject: boolean
  /**
   * Whether the product still needs its link to this certificate: true for a new one, and for an
   * existing one whose link a run killed midway never wrote, so that a rerun converges.
   */
  link_certificate: boolean
  /**
   * Whether the product's listing disagrees with the certificates it holds now: a run killed after
   * writing them but before the listing rule ran leaves that state, and an unchanged row must still
   * put it right, or the shelf and the registry would differ until the certificate next changes.
   */
  relist: boolean
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
        "status",
        "subject.id",
        "certificates.id",
        "certificates.number",
        ...LISTING_FIELDS.map((f) => `certificates.${f}`),
      ],
      filters: { handle: [...new Set(rows.map((r) => r.product_handle))] },
    })
    const { data: existing } = await query.graph({
      entity: "certificate",
      fields: ["id", "number", ...COMPARED],
      filters: { number: rows.map((r) => r.certificate_number) },
    })
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const frameworks = await loadFrameworks(container)
    const listingOff = new Set(
      products
        .filter(
          (p) =>
            listingDecision((p.certificates ?? []).filter(Boolean), frameworks).listed !== (p.status === "published"),
        )
        .map((p) => p.id),
    )
    const communes = await resolveCommunes(
      ocop,
      rows.map((r) => r.subject_commune_code),
    )
    const subjects = await ocop.listSubjects(
      { key: [...new Set(rows.map((r) => r.subject_key))] },
      { select: ["key", "name", "type", "commune_code", "commune_id"], take: null },
    )
    const subjectByKey = new Map(subjects.map((s) => [s.key, s]))
    const byHandle = new Map(products.map((p) => [p.handle, p]))
    const byNumber = new Map(existing.map((c) => [c.number, c]))
    const plan: PlannedChange[] = []
    const problems: RowProblem[] = []
    for (const row of rows) {
      const commune = communes.get(row.subject_commune_code)!
      if (commune.unknown) {
        problems.push({ row: row.row, field: "subject_commune_code", reason: commune.unknown })
        continue
      }
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
          commune_id: commune.id,
          link_subject: !product.subject,
          link_certificate: true,
          relist: listingOff.has(product.id),
        })
        continue
      }
      // The registry also corrects the holder (name, type, commune); that is an update of the record too.
      const holder = subjectByKey.get(row.subject_key)
      const differs =
        COMPARED.some((f) => (current as Record<string, unknown>)[f] !== row[f]) ||
        !holder ||
        holder.name !== row.subject_name ||
        holder.type !== row.subject_type ||
        holder.commune_code !== row.subject_commune_code ||
        holder.commune_id !== commune.id
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
        commune_id: commune.id,
        link_subject: !product.subject,
        link_certificate: !linked,
        relist: listingOff.has(product.id),
      })
    }
    return new StepResponse({ plan, problems })
  },
)

function statusKind(status: NumberedRow["status"]): ChangeKind {
  if (status === "revoked" || status === "expired" || status === "suspended") return status
  return "updated"
}

/**
 * Today's commune for each code the rows carry. A code we have no unit for is a
 * bad row (the administrative units are reference data an official maintains);
 * a split unit leaves the commune undecided rather than guessed.
 */
async function resolveCommunes(ocop: OcopModuleService, codes: string[]) {
  const units = await ocop.listAdminUnits({}, { select: ["id", "code", "valid_to"], take: null })
  const successions = await ocop.listAdminUnitSuccessions({}, { take: null })
  const idByCode = new Map(units.map((u) => [u.code, u.id]))
  const resolved = new Map<string, { id: string | null; unknown?: string }>()
  for (const code of new Set(codes)) {
    const r = currentUnit(code, units, successions)
    resolved.set(
      code,
      r.ok
        ? { id: idByCode.get(r.code)! }
        : r.reason === "unknown"
          ? { id: null, unknown: `unknown commune code ${code} (${r.detail})` }
          : { id: null },
    )
  }
  return resolved
}
