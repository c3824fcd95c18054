import { vietnamDate } from "./dates"
import type { CertificateStatus, ListingDecision } from "./listing"
import type { TraceCertificateState, TraceProof, TraceView, TraceWarning } from "./trace-view"

type CertificateLike = { status: CertificateStatus; valid_until: string; stars: number; decision_date: string }

/** A certificate's state as a shopper reads it: an active one past its validity reads "expired". */
export function certificateState(cert: CertificateLike | null, at: Date = new Date()): TraceCertificateState {
  if (!cert) return "none"
  if (cert.status === "active" && cert.valid_until < vietnamDate(at)) return "expired"
  return cert.status
}

/**
 * The certificate a scan shows: while the product is listed, the one that lists it (active, most
 * stars); otherwise the latest decision, so a revocation is shown rather than an older certificate.
 */
export function traceCertificate<C extends CertificateLike>(certificates: readonly C[]): C | null {
  const active = certificates.filter((c) => c.status === "active")
  active.sort((a, b) => b.stars - a.stars || b.valid_until.localeCompare(a.valid_until))
  const current = certificates.filter((c) => c.status !== "superseded")
  const latest = [...(current.length ? current : certificates)].sort((a, b) =>
    b.decision_date.localeCompare(a.decision_date),
  )
  return active[0] ?? latest[0] ?? null
}

export type TraceFacts = {
  certificate: CertificateLike | null
  listing: ListingDecision
  /** null when the code names no lot (or serial). */
  lotKnown: boolean | null
  serialKnown: boolean | null
  token: TraceView["code"]["token"]
  cloneSuspected: boolean
  at?: Date
}

/**
 * THE verdict of a scan, in one place: which warnings the scan page shows, most serious first.
 * Certification comes first: a revoked product is not genuine however perfect its label.
 */
export function traceWarnings(facts: TraceFacts): TraceWarning[] {
  const warnings: TraceWarning[] = []
  const state = certificateState(facts.certificate, facts.at)
  if (state === "revoked" || state === "suspended" || state === "expired") warnings.push(state)
  else if (!facts.listing.listed) warnings.push(facts.listing.reason === "expired" ? "expired" : "not_certified")
  if (facts.lotKnown === false) warnings.push("unknown_lot")
  if (facts.serialKnown === false) warnings.push("unknown_serial")
  if (facts.token === "forged") warnings.push("forged_token")
  if (facts.token === "missing") warnings.push("unsigned_serial")
  if (facts.cloneSuspected) warnings.push("suspected_clone")
  return warnings
}

/**
 * What a scan proves, in one place with its warnings: a known serial with its valid token, this
 * unit; a known lot without a serial, only that the certificate and the lot are on record (the
 * same code is on every package of the lot, and anyone can copy it); a product code, only that the
 * product is certified. Anything wrong, or a product off the listing, and it proves nothing.
 */
export function traceProof(facts: TraceFacts, warnings: readonly TraceWarning[] = traceWarnings(facts)): TraceProof {
  if (warnings.length || !facts.listing.listed) return "nothing"
  if (facts.serialKnown === true && facts.token === "valid") return "unit"
  if (facts.lotKnown === true && facts.serialKnown === null) return "lot"
  if (facts.lotKnown === null) return "product"
  return "nothing"
}
