/**
 * A producer's stock (`/store/producer/stock`): each variant of the products its OCOP subject makes,
 * its level at the producer's own warehouse (a Medusa stock location) and, read-only, at the sales
 * points that stock it (its consignment).
 */

/** The most a producer may declare at its warehouse for one item: a typing slip, not a stock. */
export const PRODUCER_STOCK_MAX = 1_000_000

/** A level as Medusa's inventory module keeps it; available = stocked − reserved. */
export type StockLevelView = { stocked: number; reserved: number; available: number }

/** One sales point's level of a variant. */
export type SalesPointStockView = StockLevelView & { location_id: string; key: string; name: string }

/** One variant: its inventory item, the warehouse's level (null: none yet) and the sales points'. */
export type ProducerStockRow = {
  product: { id: string; title: string; handle: string }
  variant: { id: string; title: string; sku: string | null }
  /** Null when Medusa does not manage the variant's inventory: nothing to count. */
  inventory_item_id: string | null
  warehouse: StockLevelView | null
  sales_points: SalesPointStockView[]
}

/** GET /store/producer/stock */
export type ProducerStockResponse = {
  warehouse: { id: string; name: string } | null
  rows: ProducerStockRow[]
}

/** POST /store/producer/stock: the warehouse's level after the change. */
export type ProducerStockSetResponse = {
  inventory_item_id: string
  location_id: string
  level: StockLevelView
}
