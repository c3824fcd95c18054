import type { NumberedRow, RowProblem } from "./row"

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

/** The certificate fields a registry row may change; any difference makes the row an update. */
export const COMPARED_FIELDS = [
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

/** What the planner needs to know of the shop today, read by the planning step. */
export type ShopState = {
  /** Products by handle, with their certificates and whether their listing is stale. */
  products: Map<
    string,
    {
      id: string
      has_subject: boolean
      stale: boolean
      certificates: { id: string; number: string; status: string; stars: number }[]
    }
  >
  /** Stored certificates by number. */
  certificates: Map<string, { id: string; status: string } & Record<string, unknown>>
  /** Stored holders by key. */
  holders: Map<string, { name: string; type: string; commune_code: string; commune_id: string | null }>
  /** Today's commune for each code the rows carry (`unknown` when the code is not a unit we know). */
  communes: Map<string, { id: string | null; unknown?: string }>
}

/**
 * Works out what each valid row changes (by certificate number): a new certificate is issued,
 * upgraded (more stars than the product's active ones) or renewed; a known one is reinstated, moves
 * to its new status, is corrected ("updated") or is unchanged. Unknown products and communes become
 * problems. Pure: the step reads the shop's state and writes nothing here.
 */
export function planChanges(
  rows: readonly NumberedRow[],
  shop: ShopState,
): { plan: PlannedChange[]; problems: RowProblem[] } {
  const plan: PlannedChange[] = []
  const problems: RowProblem[] = []
  for (const row of rows) {
    const commune = shop.communes.get(row.subject_commune_code)
    if (!commune || commune.unknown) {
      const reason = commune?.unknown ?? `unknown commune code ${row.subject_commune_code}`
      problems.push({ row: row.row, field: "subject_commune_code", reason })
      continue
    }
    const product = shop.products.get(row.product_handle)
    if (!product) {
      problems.push({ row: row.row, field: "product_handle", reason: `no product with handle ${row.product_handle}` })
      continue
    }
    const current = shop.certificates.get(row.certificate_number)
    const common = {
      row,
      product_id: product.id,
      commune_id: commune.id,
      link_subject: !product.has_subject,
      relist: product.stale,
    }
    if (!current) {
      const others = product.certificates.filter((c) => c.number !== row.certificate_number && c.status === "active")
      plan.push({
        ...common,
        existing_id: null,
        kind: newCertificateKind(row, others),
        supersedes: row.status === "active" ? others.map((c) => c.id) : [],
        link_certificate: true,
      })
      continue
    }
    plan.push({
      ...common,
      existing_id: current.id,
      kind: knownCertificateKind(row, current, shop.holders.get(row.subject_key), commune.id),
      supersedes: [],
      link_certificate: !product.certificates.some((c) => c.number === row.certificate_number),
    })
  }
  return { plan, problems }
}

/** A certificate the shop has not seen: issued, upgraded or renewed when active; else its status. */
export function newCertificateKind(row: NumberedRow, activeOthers: readonly { stars: number }[]): ChangeKind {
  if (row.status !== "active") return statusKind(row.status)
  if (activeOthers.length === 0) return "issued"
  return row.stars > Math.max(...activeOthers.map((c) => c.stars)) ? "upgraded" : "renewed"
}

/** A certificate the shop holds: unchanged, a status move, or a correction of its record or holder. */
export function knownCertificateKind(
  row: NumberedRow,
  current: { status: string } & Record<string, unknown>,
  holder: { name: string; type: string; commune_code: string; commune_id: string | null } | undefined,
  communeId: string | null,
): ChangeKind {
  // The registry also corrects the holder (name, type, commune); that is an update of the record too.
  const differs =
    COMPARED_FIELDS.some((f) => current[f] !== row[f]) ||
    !holder ||
    holder.name !== row.subject_name ||
    holder.type !== row.subject_type ||
    holder.commune_code !== row.subject_commune_code ||
    holder.commune_id !== communeId
  if (!differs) return "unchanged"
  if (current.status === row.status) return "updated"
  return row.status === "active" ? "reinstated" : statusKind(row.status)
}

function statusKind(status: NumberedRow["status"]): ChangeKind {
  if (status === "revoked" || status === "expired" || status === "suspended") return status
  return "updated"
}
