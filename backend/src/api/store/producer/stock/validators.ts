import { z } from "@medusajs/framework/zod"
import { PRODUCER_STOCK_MAX } from "@ocop/core"

const id = (name: string) => z.string().trim().min(1, `${name} is empty`).max(100, `${name} is too long`)

/** POST /store/producer/stock: a whole number of units at the producer's own warehouse, for one item. */
export const StoreSetProducerStock = z
  .object({
    inventory_item_id: id("inventory_item_id").optional(),
    variant_id: id("variant_id").optional(),
    /** Only the producer's warehouse; any other location is refused. Optional: it is the default. */
    location_id: id("location_id").optional(),
    stocked_quantity: z
      .number({ error: "stocked_quantity must be a number" })
      .int("stocked_quantity must be a whole number")
      .min(0, "stocked_quantity cannot be below zero")
      .max(PRODUCER_STOCK_MAX, `stocked_quantity cannot be above ${PRODUCER_STOCK_MAX}`),
  })
  .strict()
  .refine((b) => !!b.inventory_item_id !== !!b.variant_id, {
    message: "Give inventory_item_id or variant_id (one of them)",
  })
