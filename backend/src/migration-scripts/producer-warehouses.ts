import type { MedusaContainer } from "@medusajs/framework/types"
import { producerOf } from "../workflows/producer/steps/producer-of"
import { ensureWarehousesWorkflow } from "../workflows/producer-stock/ensure-warehouses"

/**
 * Run once per database by `medusa db:migrate`: producers opened before producers had stock get
 * their warehouse, as verifying one does now (docs/producers.md). A producer that has one is left.
 */
export default async function producerWarehouses({ container }: { container: MedusaContainer }) {
  const producers = await producerOf(container).listProducers({}, { select: ["business_id"], take: null })
  for (const business_id of new Set(producers.map((p) => p.business_id)))
    await ensureWarehousesWorkflow(container).run({ input: { business_id } })
}
