import type { MedusaContainer } from "@medusajs/framework/types"
import { tradeService } from "../access/trade"
import { producerOf } from "../workflows/producer/steps/producer-of"
import { syncProducerWorkflow } from "../workflows/producer/sync-producer"

/**
 * Run once per database by `medusa db:migrate`: producers' accounts verified before the producer
 * workspace existed get their owner membership, as verifying one does now (docs/producers.md).
 * New databases have no businesses yet when it runs; their seed verifies through the workflow.
 */
export default async function producersOfVerifiedBusinesses({ container }: { container: MedusaContainer }) {
  const businesses = await tradeService(container).listBusinesses(
    { type: "producer", status: "verified", subject_id: { $ne: null } },
    { take: null },
  )
  const open = new Set((await producerOf(container).listProducers({}, { take: null })).map((p) => p.business_id))
  for (const business of businesses.filter((b) => !open.has(b.id)))
    await syncProducerWorkflow(container).run({
      input: { business_id: business.id, subject_id: business.subject_id, customer_id: business.customer_id },
    })
}
