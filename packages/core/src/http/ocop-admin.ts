import type { CertificateStatus, RevocationReason } from "../listing"
import type { StoreOcopFacts } from "../store-fields"

/**
 * Responses of the OCOP plugin's admin API (`/admin/ocop/*`): certificates, the subjects officials
 * pick from, and registry runs. Certificate dates are Vietnamese calendar days (YYYY-MM-DD);
 * instants are ISO 8601 strings.
 */

/** A certificate's public facts: what the Store API also sends with a product. */
type PublicCertificate = NonNullable<StoreOcopFacts["certificates"]>[number]

/** An OCOP certificate as stored: the decision that recognised a product at a star level. */
export type CertificateView = PublicCertificate & {
  id: string
  /** The score's parts A, B and C (the total is `score`). */
  score_a: number
  score_b: number
  score_c: number
  status_reason: RevocationReason | null
  status_decision_number: string | null
  status_decision_date: string | null
  /** The id of the certificate that replaced this one. */
  superseded_by: string | null
}

export type SubjectType = NonNullable<StoreOcopFacts["subject"]>["type"]

/** A certificate in the officials' list, with its producer and the product it certifies. */
export type AdminCertificateRow = CertificateView & {
  subject: { id: string; key: string; name: string; type: SubjectType; commune_code: string } | null
  product: { id: string; title: string; handle: string; status: string } | null
}
export type AdminCertificateList = { certificates: AdminCertificateRow[]; count: number; offset: number; limit: number }
/** POST /admin/ocop/certificates/:id/status: the certificate after the official's decision. */
export type CertificateResponse = { certificate: CertificateView }

/** A producer with its products and their certificates: what officials tie accounts and exhibitors to. */
export type AdminSubjectRow = {
  id: string
  key: string
  name: string
  type: SubjectType
  tax_code: string | null
  commune_code: string
  products: ({
    id: string
    title: string
    certificates: ({ stars: number; status: CertificateStatus } | null)[]
  } | null)[]
}
export type AdminSubjectList = { subjects: AdminSubjectRow[]; count: number; offset: number; limit: number }

/** A rejected registry row; row 0 is the source itself (an unreachable feed), not a line of it. */
export type RegistryRowProblem = { row: number; field: string; reason: string }

/** One registry sync (feed, CSV or seed): when, what changed by kind, and each rejected row. */
export type RegistryRunView = {
  id: string
  source: "feed" | "csv" | "seed"
  dry_run: boolean
  status: "running" | "succeeded" | "failed"
  started_at: string
  finished_at: string | null
  counts: Record<string, number> | null
  errors: RegistryRowProblem[] | null
}
export type RegistryRunList = { runs: RegistryRunView[]; count: number; offset: number; limit: number }

/** What one import did (or would do, in a dry run): counts by kind of change, every rejected row. */
export type RegistryImportRun = { id: string; counts: Record<string, number>; errors: RegistryRowProblem[] }
/** POST /admin/ocop/registry/import */
export type RegistryImportResponse = { run: RegistryImportRun }
/** POST /admin/ocop/registry/sync: 200 with the run, or 502 with why the feed could not be read. */
export type RegistrySyncResponse = { run: RegistryImportRun; not_modified: boolean; error: string | null }
export type RegistrySyncFailure = { message: string; run: RegistryImportRun }
