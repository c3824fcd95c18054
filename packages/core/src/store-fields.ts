/**
 * The OCOP facts the Store API returns with a product: public records of the
 * certification decision and the producer, and nothing private (the producer's
 * e-mail and tax code stay in the admin). The plugin allows exactly these on
 * `/store/products`; the storefront asks for them. Request them with a `+`
 * prefix to keep Medusa's default product fields.
 */
export const STORE_OCOP_FIELDS = [
  "certificates.number",
  "certificates.stars",
  "certificates.status",
  "certificates.score",
  "certificates.framework_code",
  "certificates.decision_number",
  "certificates.decision_date",
  "certificates.authority",
  "certificates.valid_from",
  "certificates.valid_until",
  "subject.key",
  "subject.name",
  "subject.type",
  "subject.legacy_locality",
  "subject.story_vi",
  "subject.story_en",
  "subject.commune.code",
  "subject.commune.name",
] as const

/** The shape those fields give a product in a Store API response. */
export type StoreOcopFacts = {
  certificates?: {
    number: string
    stars: number
    status: "active" | "expired" | "revoked" | "superseded" | "suspended"
    score: number
    framework_code: string
    decision_number: string
    decision_date: string
    authority: string
    valid_from: string
    valid_until: string
  }[]
  subject?: {
    /** The producer page's address: /producers/<key>. */
    key: string
    name: string
    type: "enterprise" | "cooperative" | "cooperative_group" | "household"
    legacy_locality: string | null
    story_vi: string | null
    story_en: string | null
    commune: { code: string; name: string } | null
  } | null
}

type StoreCertificate = NonNullable<StoreOcopFacts["certificates"]>[number]

/**
 * The certificate a shopper is shown: the active one with the most stars (the
 * latest to expire on a tie). A listed product always has one; history
 * (superseded, revoked) stays in the response for whoever wants it.
 */
export function shownCertificate(certificates: StoreOcopFacts["certificates"]): StoreCertificate | null {
  const active = (certificates ?? []).filter((c) => c.status === "active")
  active.sort((a, b) => b.stars - a.stars || b.valid_until.localeCompare(a.valid_until))
  return active[0] ?? null
}

/** "2028-09-09" → "09/09/2028", the way dates are written in Vietnam. */
export function vietnameseDay(date: string): string {
  const [y, m, d] = date.split("-")
  return `${d}/${m}/${y}`
}
