import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { subjectNames } from "../../../access/producer"
import { PRODUCER_MODULE } from "../../../modules/producer/name"

export type EnsureWarehouseInput = { business_id: string }
type Made = { producer_id: string; location_id: string; sales_channel_id: string | null }

/** The producer's warehouse id, or null when it has none (yet). */
export async function warehouseOf(
  container: Pick<MedusaContainer, "resolve">,
  producerId: string,
): Promise<{ id: string; name: string } | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "stock_location.id", "stock_location.name"],
    filters: { id: producerId },
  })
  const location = (data[0] as { stock_location?: { id: string; name: string } | null } | undefined)?.stock_location
  return location ? { id: location.id, name: location.name } : null
}

/** The shop's sales channel (the store's default, as the seed sets it up), or null before setup. */
async function shopSalesChannel(container: Pick<MedusaContainer, "resolve">): Promise<string | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  return store?.default_sales_channel_id ?? null
}

export const ensureWarehouseStepId = "ensure-producer-warehouse"
/**
 * Gives each open producer of a business account its warehouse: a Medusa stock location named after
 * its OCOP subject, linked to the producer and to the shop's sales channel, so stock there counts for
 * the storefront's availability, add-to-cart and checkout as any other location's. A producer that
 * has one keeps it (the step runs on every review, and for earlier producers on db:migrate). Undone by
 * deleting what it made.
 */
export const ensureWarehouseStep = createStep(
  ensureWarehouseStepId,
  async (input: EnsureWarehouseInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "producer",
      fields: ["id", "subject_id", "stock_location.id"],
      filters: { business_id: input.business_id },
    })
    const bare = (data as { id: string; subject_id: string; stock_location?: { id: string } | null }[]).filter(
      (p) => !p.stock_location,
    )
    const made: Made[] = []
    if (!bare.length) return new StepResponse(made, made)
    const names = await subjectNames(
      container,
      bare.map((p) => p.subject_id),
    )
    const salesChannel = await shopSalesChannel(container)
    const locations = container.resolve(Modules.STOCK_LOCATION)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (const producer of bare) {
      const location = await locations.createStockLocations({
        name: `Kho · ${names.get(producer.subject_id) ?? producer.subject_id}`,
        address: { address_1: names.get(producer.subject_id) ?? producer.subject_id, country_code: "vn" },
        metadata: { producer_id: producer.id },
      })
      made.push({ producer_id: producer.id, location_id: location.id, sales_channel_id: salesChannel })
      await link.create({
        [PRODUCER_MODULE]: { producer_id: producer.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      })
      if (salesChannel)
        await link.create({
          [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannel },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        })
    }
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    if (!made?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (const m of made) {
      await link.dismiss({
        [PRODUCER_MODULE]: { producer_id: m.producer_id },
        [Modules.STOCK_LOCATION]: { stock_location_id: m.location_id },
      })
      if (m.sales_channel_id)
        await link.dismiss({
          [Modules.SALES_CHANNEL]: { sales_channel_id: m.sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: m.location_id },
        })
    }
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations(made.map((m) => m.location_id))
  },
)
