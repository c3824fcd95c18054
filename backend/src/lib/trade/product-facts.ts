import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingDecision, type CertificateFacts, type TradeOffer } from "@ocop/core"
import { LISTING_FIELDS, loadFrameworks } from "@ocop/plugin/listing/frameworks"

/** What trade needs to know of a product: its producer, product set, stars and listing, read now. */
export type TradeProduct = TradeOffer["product"] & { subject_id: string | null; handle: string }

type Row = {
  id: string
  handle: string
  title: string
  status: string
  categories?: { metadata: Record<string, unknown> | null }[]
  certificates?: (CertificateFacts & { valid_until: string })[]
  subject?: { id: string } | null
}

/**
 * Reads the products' certification live (never cached), so a revocation takes a product out of
 * matches, offers and agreements on the very next request. The stars and validity are those of the
 * certificate that lists the product; an unlisted product keeps its best stars for the record.
 */
export async function tradeProducts(container: MedusaContainer, ids: string[]): Promise<Map<string, TradeProduct>> {
  const products = new Map<string, TradeProduct>()
  if (!ids.length) return products
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, frameworks] = await Promise.all([
    query.graph({
      entity: "product",
      filters: { id: [...new Set(ids)] },
      fields: [
        "id",
        "handle",
        "title",
        "status",
        "categories.metadata",
        "subject.id",
        ...LISTING_FIELDS.map((f) => `certificates.${f}`),
      ],
    }),
    loadFrameworks(container),
  ])
  for (const row of data as Row[]) {
    const certificates = (row.certificates ?? []).filter(Boolean)
    const listed = row.status === "published" && listingDecision(certificates, frameworks).listed
    const current = certificates
      .filter((c) => listingDecision([c], frameworks).listed)
      .sort((a, b) => b.stars - a.stars || b.valid_until.localeCompare(a.valid_until))[0]
    const group = row.categories?.map((c) => c?.metadata?.ocop_code).find((code) => typeof code === "string")
    products.set(row.id, {
      id: row.id,
      handle: row.handle,
      title: row.title,
      group: (group as string | undefined) ?? null,
      stars: current?.stars ?? Math.max(0, ...certificates.map((c) => c.stars)),
      listed,
      certificate_valid_until: listed ? (current?.valid_until ?? null) : null,
      subject_id: row.subject?.id ?? null,
    })
  }
  return products
}
