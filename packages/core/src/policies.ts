/**
 * The operator's published policies and the consents given to them (issue 20; Decree 52/2013 as
 * amended, Personal Data Protection Law 91/2025/QH15). Shared by the backend, the admin and the
 * storefront so the kinds, their web addresses and the text format have one definition.
 */

/** The five policies a marketplace publishes; each is versioned data an official edits. */
export const POLICY_KINDS = ["operating_rules", "terms", "privacy", "delivery_payment", "returns"] as const
export type PolicyKind = (typeof POLICY_KINDS)[number]

/** Each kind's address on the storefront (`/vi/policies/<slug>`): ASCII, stable. */
export const POLICY_SLUGS: Record<PolicyKind, string> = {
  operating_rules: "operating-rules",
  terms: "terms",
  privacy: "privacy",
  delivery_payment: "delivery-payment",
  returns: "returns",
}

export const policyKindOfSlug = (slug: string): PolicyKind | null =>
  POLICY_KINDS.find((k) => POLICY_SLUGS[k] === slug) ?? null

/** The Ministry of Industry and Trade's record of the site, as the operator reports it. */
export const MOIT_STATUSES = ["not_submitted", "submitted", "notified", "registered"] as const
export type MoitStatus = (typeof MOIT_STATUSES)[number]

/**
 * What a consent is for. `processing`: handling the shopper's order and account (required, given
 * to the privacy policy and the terms of sale); `marketing`: offers and news (optional, its own
 * consent, to the privacy policy); `operating_rules`: a business or producer joining the marketplace.
 */
export const CONSENT_PURPOSES = ["processing", "marketing", "operating_rules"] as const
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]

/** The policies each purpose is given to: one consent record per policy. */
export const CONSENT_POLICIES: Record<ConsentPurpose, readonly PolicyKind[]> = {
  processing: ["privacy", "terms"],
  marketing: ["privacy"],
  operating_rules: ["operating_rules"],
}

/** Where a consent was given. */
export const CONSENT_CHANNELS = ["signup", "checkout", "account", "business_portal", "producer_invite"] as const
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

/** Limits on what an official types; also the backend's validation. */
export const POLICY_LIMITS = { body: 60_000, version: 40, title: 200 } as const

/**
 * A policy's text: plain text in a small structure, never HTML. A line starting with `# ` is a
 * heading, lines starting with `- ` make a list, other lines make paragraphs (a blank line ends one).
 */
export type PolicyBlock =
  { type: "heading"; text: string } | { type: "paragraph"; text: string } | { type: "list"; items: string[] }

export function parsePolicyText(source: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = []
  let paragraph: string[] = []
  let list: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", text: paragraph.join(" ") })
    if (list.length) blocks.push({ type: "list", items: list })
    paragraph = []
    list = []
  }
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim()
    if (!line) flush()
    else if (line.startsWith("# ")) {
      flush()
      blocks.push({ type: "heading", text: line.slice(2).trim() })
    } else if (line.startsWith("- ")) {
      if (paragraph.length) flush()
      list.push(line.slice(2).trim())
    } else {
      if (list.length) flush()
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

/**
 * The version in force: the latest whose effective date has come. A version published with a
 * later date waits; none at all is null.
 */
export function currentVersion<T extends { effective_at: string | Date; published_at: string | Date }>(
  versions: T[],
  now: Date = new Date(),
): T | null {
  let best: T | null = null
  for (const v of versions) {
    const at = new Date(v.effective_at).getTime()
    if (at > now.getTime()) continue
    if (
      !best ||
      at > new Date(best.effective_at).getTime() ||
      (at === new Date(best.effective_at).getTime() &&
        new Date(v.published_at).getTime() > new Date(best.published_at).getTime())
    )
      best = v
  }
  return best
}

/** The labels of the versions in force, by kind: what a consent form links to. */
export type ConsentVersions = Partial<Record<PolicyKind, string>>
