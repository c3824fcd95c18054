/**
 * Every event name the shop emits or hears beyond Medusa's own, written once (`<module>.<entity>.<verb>`).
 * The OCOP plugin emits the certificate events; the search plugin, the storefront cache and the
 * traceability caches hear the product one. Kept here, not in a plugin, because plugins import no
 * other plugin and every one of them must spell the names the same way.
 */

/** One per certificate whose state changed; payload: `CertificateEventPayload`. */
export const CertificateEvents = {
  ISSUED: "ocop.certificate.issued",
  UPGRADED: "ocop.certificate.upgraded",
  RENEWED: "ocop.certificate.renewed",
  REVOKED: "ocop.certificate.revoked",
  EXPIRED: "ocop.certificate.expired",
  SUSPENDED: "ocop.certificate.suspended",
  REINSTATED: "ocop.certificate.reinstated",
  /**
   * Dates, score, decision or holder corrected by the registry; listing may still change (validity).
   * Not "updated": the module's generated service already emits `ocop.certificate.updated` `{ id }`
   * on every write, and one name must not carry two payloads.
   */
  CORRECTED: "ocop.certificate.corrected",
} as const
export type CertificateEventName = (typeof CertificateEvents)[keyof typeof CertificateEvents]

export type CertificateEventPayload = {
  certificate_number: string
  product_ids: string[]
  /**
   * Set by the plugin's own workflows, which apply the listing rule inside their
   * transaction (so the shelf is right when the request returns); the subscriber
   * then has nothing to do. An event from anywhere else gets the rule applied.
   */
  listing_applied?: boolean
}

/**
 * One event per run (registry import, status change, expiry) naming every product whose
 * certification facts changed, after the listing rule has been applied: what the search index, the
 * storefront cache and the scan page's facts follow. One event with many ids instead of one per
 * certificate, so a 20k-row import re-reads 20k products in a few batches rather than twenty
 * thousand times.
 */
export const CERTIFICATION_CHANGED_EVENT = "ocop.product.certification_changed"
export type CertificationChangedPayload = { product_ids: string[] }

/** The notification sent to the programme office when certificates near their end. */
export const RENEWAL_DUE_NOTIFICATION = "ocop.certificate.renewal_due"

/** A lot was registered or its journey grew; payload `{ id, product_id }`. */
export const TRACE_LOT_CHANGED_EVENT = "traceability.lot.changed"
