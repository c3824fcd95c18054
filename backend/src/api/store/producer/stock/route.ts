import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ProducerStockResponse, ProducerStockSetResponse } from "@ocop/core"
import { producerMembership } from "../../../../access/producer"
import { producerItems, producerStock } from "../../../../read-models/producer-stock/stock"
import { warehouseOf } from "../../../../workflows/producer-stock/steps/ensure-warehouse"
import { setWarehouseLevelWorkflow } from "../../../../workflows/producer-stock/set-warehouse-level"
import { parseBody } from "../../../parse-body"
import { StoreSetProducerStock } from "./validators"

/** GET /store/producer/stock — each variant of the producer's products: its warehouse's and the sales points' levels. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await producerStock(req.scope, producerMembership(res))) satisfies ProducerStockResponse)
}

/**
 * POST /store/producer/stock — sets one item's stocked quantity at the producer's own warehouse
 * (owner or staff). The item must be one of its subject's variants' (else 404); any other location,
 * a sales point's included, is refused.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const membership = producerMembership(res)
  const body = parseBody(StoreSetProducerStock, req.body)
  const warehouse = await warehouseOf(req.scope, membership.producer_id)
  if (!warehouse) throw new MedusaError(MedusaError.Types.CONFLICT, "This producer has no warehouse yet")
  if (body.location_id && body.location_id !== warehouse.id)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "A producer sets the stock of its own warehouse only; a sales point's stock is kept by the OCOP office",
    )
  const items = await producerItems(req.scope, membership.subject_id)
  const item = items.find((i) =>
    body.variant_id ? i.variant.id === body.variant_id : i.inventory_item_id === body.inventory_item_id,
  )
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such item among this producer's products")
  if (!item.inventory_item_id)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop does not count stock for this variant")
  await setWarehouseLevelWorkflow(req.scope).run({
    input: {
      inventory_item_id: item.inventory_item_id,
      location_id: warehouse.id,
      stocked_quantity: body.stocked_quantity,
    },
  })
  const [level] = await req.scope
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: item.inventory_item_id, location_id: warehouse.id },
      { select: ["stocked_quantity", "reserved_quantity"], take: 1 },
    )
  const stocked = Number(level?.stocked_quantity ?? 0)
  const reserved = Number(level?.reserved_quantity ?? 0)
  res.json({
    inventory_item_id: item.inventory_item_id,
    location_id: warehouse.id,
    level: { stocked, reserved, available: stocked - reserved },
  } satisfies ProducerStockSetResponse)
}
