import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProposalRow, ProducerProposalView } from "@ocop/core"
import { readListings } from "@ocop/plugin"
import { producerOf } from "../../workflows/producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
type Proposal = {
  id: string
  producer_id: string
  product_id: string
  proposed_by: string
  created_at: Date | string
}
type ProductRow = { id: string; title: string; handle: string; status: string }

async function productsOf(container: Container, ids: string[]): Promise<Map<string, ProductRow>> {
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "status"],
    filters: { id: ids },
  })
  return new Map((data as ProductRow[]).map((p) => [p.id, p]))
}

const view = (p: Proposal, product: ProductRow | undefined): ProducerProposalView => ({
  id: p.id,
  product: product ?? { id: p.product_id, title: "", handle: "", status: "deleted" },
  proposed_by: p.proposed_by,
  proposed_at: new Date(p.created_at).toISOString(),
})

/** Proposals as their producer reads them, with the product's title, handle and status now. */
export async function proposalViews(container: Container, proposals: Proposal[]): Promise<ProducerProposalView[]> {
  const products = await productsOf(
    container,
    proposals.map((p) => p.product_id),
  )
  return proposals.map((p) => view(p, products.get(p.product_id)))
}

/**
 * Every producer's proposals for officials, newest first: the product, its producer's subject, and
 * the one listing check's verdict now (a proposal is on sale only once a certificate lists it).
 */
export async function adminProposals(container: MedusaContainer, limit = 200): Promise<AdminProposalRow[]> {
  const proposals = await producerOf(container).listProducerProposals(
    {},
    { order: { created_at: "DESC" }, take: limit },
  )
  const ids = proposals.map((p) => p.product_id)
  const [products, listings, producers] = await Promise.all([
    productsOf(container, ids),
    readListings<{ subject?: { id: string; key: string; name: string } | null }>(container, ids, {
      product: ["subject.id", "subject.key", "subject.name"],
    }),
    producerOf(container).listProducers(
      { id: [...new Set(proposals.map((p) => p.producer_id))] },
      { withDeleted: true },
    ),
  ])
  return proposals.map((p) => {
    const listing = listings.get(p.product_id)
    const subjectId = producers.find((x) => x.id === p.producer_id)?.subject_id ?? ""
    return {
      ...view(p, products.get(p.product_id)),
      producer_id: p.producer_id,
      subject: listing?.product.subject ?? { id: subjectId, key: "", name: "" },
      listed: listing?.listed ?? false,
      certificates: listing?.certificates.length ?? 0,
    }
  })
}
