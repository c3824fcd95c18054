import { vietnamDate } from "./dates"
import { frameworkOn, type LegalFramework } from "./frameworks"

/**
 * THE listing rule of the marketplace, in one place: a product is listed iff it
 * holds an active, unexpired certificate whose stars reach the certified
 * threshold of the framework in force at the decision date. Every surface
 * (store API, cart, search, storefront cache, scan page) derives from this.
 */
/** A certificate's states, as the registry publishes them. */
export const CERTIFICATE_STATUSES = ["active", "expired", "revoked", "superseded", "suspended"] as const
/** Why a certificate was revoked or suspended (the registry's codes). */
export const REVOCATION_REASONS = [
  "process_noncompliance",
  "food_safety_violation",
  "quality_or_packaging_changed",
  "missing_qc_or_trace_records",
  "ceased_operation",
  "failed_mandatory_on_reeval",
  "not_reevaluated_in_time",
  "fraud_or_false_dossier",
  "other",
] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]
export type RevocationReason = (typeof REVOCATION_REASONS)[number]

export type CertificateFacts = {
  status: CertificateStatus
  stars: number
  decision_date: string
  valid_until: string
}

export type ListingReason = "listed" | "no_certificate" | "not_active" | "expired" | "below_threshold" | "no_framework"

export type ListingDecision = { listed: boolean; reason: ListingReason }

export function listingDecision(
  certificates: readonly CertificateFacts[],
  frameworks: readonly LegalFramework[],
  at: Date = new Date(),
): ListingDecision {
  if (certificates.length === 0) return { listed: false, reason: "no_certificate" }
  const today = vietnamDate(at)
  // The most favourable certificate decides; report the reason of the closest miss otherwise.
  const order: ListingReason[] = ["listed", "expired", "below_threshold", "not_active", "no_framework"]
  let best: ListingReason = "no_framework"
  for (const cert of certificates) {
    const reason = decide(cert, frameworks, today)
    if (reason === "listed") return { listed: true, reason }
    if (order.indexOf(reason) < order.indexOf(best)) best = reason
  }
  return { listed: false, reason: best }
}

function decide(cert: CertificateFacts, frameworks: readonly LegalFramework[], today: string): ListingReason {
  if (cert.status !== "active") return "not_active"
  if (cert.valid_until < today) return "expired"
  const framework = frameworkOn(frameworks, cert.decision_date)
  if (!framework) return "no_framework"
  return cert.stars >= framework.min_certified_stars ? "listed" : "below_threshold"
}
