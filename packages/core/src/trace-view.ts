/**
 * What a scan of a traceability code shows: the contract between the backend's trace view
 * (`GET /store/trace?code=…&s=…`) and the storefront's scan page. The backend decides every verdict
 * and warning; the page only renders them, so the rules live in one place.
 */

import type { SalesPointStock } from "./http/trade"

/** Why a scan is not a plain "genuine": each one gets a large warning on the scan page. */
export const TRACE_WARNINGS = [
  /** The product's certificate was revoked by decision. */
  "revoked",
  /** The product's certificate was suspended pending review. */
  "suspended",
  /** The certificate's validity ended. */
  "expired",
  /** The product holds no certificate of 3 stars or more (never was, or below the threshold). */
  "not_certified",
  /** The lot on the package is not registered for this product. */
  "unknown_lot",
  /** The serial on the package is not registered in this lot. */
  "unknown_serial",
  /** The serial's signature does not match: the code was made by someone else. */
  "forged_token",
  /** A serial without its signature: nothing proves the code came from the producer. */
  "unsigned_serial",
  /** The serial was scanned too often, or in places too far apart: likely a copied label. */
  "suspected_clone",
] as const
export type TraceWarning = (typeof TRACE_WARNINGS)[number]

/**
 * What a scan proves, by the kind of code, when nothing is wrong with it. Only a signed serial
 * with its valid token proves this unit: a lot code is printed on every package of the lot and
 * anyone can copy it, so it proves that the certificate and the lot are on record; a product code
 * (GTIN or handle alone) proves that the product is certified. A scan with a warning proves nothing.
 */
export type TraceProof = "unit" | "lot" | "product" | "nothing"

/** Certificate state as a shopper reads it; "none" when the product has no certificate on file. */
export type TraceCertificateState = "active" | "expired" | "revoked" | "suspended" | "superseded" | "none"

export type TraceLotTest = {
  name: string
  result: string
  lab: string
  report_ref: string
  tested_on: string | null
}

export type TraceJourneyStep = {
  type: "harvested" | "processed" | "packed" | "shipped" | "received"
  /** ISO 8601 instant. */
  occurred_at: string
  place: string
  actor: string
}

export type TraceView = {
  code: {
    /** The canonical resolver path, e.g. `/01/08930000001016/10/L2611/21/A7K2M9`. */
    path: string
    gtin: string | null
    lot: string | null
    serial: string | null
    /** The serial's `?s=` token: valid, forged, missing, or not applicable (no serial). */
    token: "valid" | "forged" | "missing" | "not_applicable"
  }
  /**
   * True only when the product is certified and listed and nothing in `warnings`: the code checks
   * out. How far that goes (the product, its lot, or this very unit) is `proves`.
   */
  genuine: boolean
  /** What this scan proves; a page words its verdict from this, never from the code's shape. */
  proves: TraceProof
  warnings: TraceWarning[]
  product: {
    handle: string
    title: string
    /** English title from the translation module, when there is one. */
    title_en: string | null
    thumbnail: string | null
    /** Listed on the shop now: the page links "buy online" only then. */
    listed: boolean
  }
  producer: {
    key: string
    name: string
    /** Today's commune and province, e.g. "Xã Triệu Phong, Quảng Trị". */
    address: string | null
  } | null
  certificate: {
    number: string
    stars: number
    state: TraceCertificateState
    valid_from: string
    valid_until: string
    decision_number: string
    authority: string
    /** Revocation or suspension: the decision and its date. */
    status_decision_number: string | null
    status_decision_date: string | null
  } | null
  lot: {
    code: string
    /** Calendar days, YYYY-MM-DD. */
    produced_on: string
    expires_on: string | null
    quantity: number
    origin: string | null
    tests: TraceLotTest[]
  } | null
  journey: TraceJourneyStep[]
  /** Scans of this serial, the current one included once it is recorded; null without a serial. */
  scans: { count: number; first_scanned_at: string | null } | null
  /** Sales points that have this product in stock now (empty when it is not listed). */
  sales_points: TraceSalesPoint[]
}

/** A sales point as "where to buy" shows it, on the scan page as on the product page. */
export type TraceSalesPoint = Pick<
  SalesPointStock,
  "id" | "key" | "name" | "address" | "latitude" | "longitude" | "opening_hours" | "available_quantity"
>
