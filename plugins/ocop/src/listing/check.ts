import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingDecision, type CertificateFacts, type LegalFramework, type ListingDecision } from "@ocop/core"
import { frameworksOf } from "./frameworks"

/** The certificate fields the listing rule reads. */
export const LISTING_FIELDS = ["status", "stars", "decision_date", "valid_until"] as const

export type ListedCertificate<C = unknown> = CertificateFacts & C

/** What the listing check knows of one product, read now. */
export type ProductListing<P = unknown, C = unknown> = {
  product_id: string
  /** Medusa's product status now: what the Store API enforces. */
  status: string
  /** The product's certificates, with the listing fields and the ones asked for. */
  certificates: ListedCertificate<C>[]
  /** The shared rule's verdict on the certificates alone. */
  decision: ListingDecision
  /** On sale now: the rule lists it and the product is published. */
  listed: boolean
  /** The shelf disagrees with the certificates: the listing workflow has yet to run for it. */
  stale: boolean
  /** The certificate that lists the product (most stars, then latest validity), or null. */
  current: ListedCertificate<C> | null
  /** The extra product fields asked for, as `query.graph` returns them. */
  product: P
}

export type ListingAsk = {
  /** More product fields to read in the same query (e.g. `"title"`, `"sales_channels.id"`). */
  product?: readonly string[]
  /** More certificate fields (e.g. `"number"`, `"authority"`). */
  certificate?: readonly string[]
  /** The instant to decide at (default: now). */
  at?: Date
}

/**
 * THE live listing check: may these products be shown or sold now? Every surface that must know
 * (cart gate, listing workflow, registry planning, scan page, trade) calls this; nobody re-derives it
 * from certificates. One query for the products and their certificates, plus the frameworks (cached,
 * see `frameworks.ts`). Unknown ids are absent from the map.
 */
export async function readListings<P = unknown, C = unknown>(
  container: MedusaContainer,
  productIds: readonly string[],
  ask: ListingAsk = {},
): Promise<Map<string, ProductListing<P, C>>> {
  const listings = new Map<string, ProductListing<P, C>>()
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return listings
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const certificateFields = [...new Set([...LISTING_FIELDS, ...(ask.certificate ?? [])])]
  const [{ data }, frameworks] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "status", ...(ask.product ?? []), ...certificateFields.map((f) => `certificates.${f}`)],
      filters: { id: ids },
    }),
    frameworksOf(container),
  ])
  for (const row of data as { id: string; status: string; certificates?: (ListedCertificate<C> | null)[] }[]) {
    listings.set(row.id, listingOf(row, frameworks, ask.at))
  }
  return listings
}

/** One product's listing, or null for an unknown id. */
export async function readListing<P = unknown, C = unknown>(
  container: MedusaContainer,
  productId: string,
  ask: ListingAsk = {},
): Promise<ProductListing<P, C> | null> {
  return (await readListings<P, C>(container, [productId], ask)).get(productId) ?? null
}

/** The listing of one product row (status and certificates) under these frameworks: the check's pure part. */
export function listingOf<P, C>(
  row: { id: string; status: string; certificates?: (ListedCertificate<C> | null)[] },
  frameworks: readonly LegalFramework[],
  at?: Date,
): ProductListing<P, C> {
  const certificates = (row.certificates ?? []).filter((c): c is ListedCertificate<C> => Boolean(c))
  const decision = listingDecision(certificates, frameworks, at)
  const current =
    certificates
      .filter((c) => listingDecision([c], frameworks, at).listed)
      .sort((a, b) => b.stars - a.stars || b.valid_until.localeCompare(a.valid_until))[0] ?? null
  const published = row.status === "published"
  return {
    product_id: row.id,
    status: row.status,
    certificates,
    decision,
    listed: published && decision.listed,
    stale: published !== decision.listed,
    current,
    product: row as unknown as P,
  }
}
