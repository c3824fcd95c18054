import type { Carrier, PaymentMethod, ProducerOrderStatus } from "../producer-orders"

/**
 * A producer's orders (`/store/producer/orders`) and the shopper's shipments
 * (`/store/ocop/orders/:id/shipments`). Money is whole VND; dates are ISO strings.
 */

/** One line of the producer's part: what to pack, and whether it was cancelled and why. */
export type ProducerOrderLineView = {
  id: string
  product_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  canceled_at: string | null
  cancel_reason: string | null
  /** What was paid back to the shopper for it (0 when nothing had been paid). */
  refunded: number
}

/**
 * Where the part goes. For home delivery the recipient and the address, nothing else of the shopper
 * (no e-mail, no other lines, no payment details); for pickup only the sales point: the shopper
 * collects it there and the producer needs no address.
 */
export type ProducerDeliveryView =
  | {
      kind: "delivery"
      name: string
      phone: string | null
      address: string
    }
  | { kind: "pickup"; sales_point: string }

/** The producer's part of one order, as its members read it. */
export type ProducerOrderView = {
  id: string
  order_id: string
  display_id: number
  status: ProducerOrderStatus
  placed_at: string
  payment_method: PaymentMethod
  /** The producer's lines' value after cancellations. */
  subtotal: number
  lines: ProducerOrderLineView[]
  carrier: Carrier | null
  tracking_number: string | null
  confirmed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}
export type ProducerOrderDetail = ProducerOrderView & { delivery: ProducerDeliveryView | null; location: string | null }

/** GET /store/producer/orders?status=&limit=&offset= — newest first. */
export type ProducerOrdersResponse = { orders: ProducerOrderView[]; count: number; limit: number; offset: number }
/** GET /store/producer/orders/:id and every action's answer. */
export type ProducerOrderResponse = { order: ProducerOrderDetail }

/** One producer's shipment of an order, as the shopper reads it. */
export type ShipmentView = {
  producer: { name: string; key: string | null }
  status: ProducerOrderStatus
  items: { title: string; variant_title: string | null; quantity: number; canceled: boolean; reason: string | null }[]
  carrier: Carrier | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
}
/** GET /store/ocop/orders/:id/shipments: one entry per producer; lines no producer supplies are the shop's own. */
export type ShipmentsResponse = { shipments: ShipmentView[] }
