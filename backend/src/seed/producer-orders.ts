import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { monthOf } from "@ocop/core"
import { cancelLineWorkflow } from "../workflows/producer-orders/cancel-line"
import { confirmPartWorkflow } from "../workflows/producer-orders/confirm-part"
import { deliverPartWorkflow } from "../workflows/producer-orders/deliver-part"
import { routeOrderWorkflow } from "../workflows/producer-orders/route-order"
import { shipPartWorkflow } from "../workflows/producer-orders/ship-part"
import { producerOf } from "../workflows/producer/steps/producer-of"
import { setWarehouseLevelWorkflow } from "../workflows/producer-stock/set-warehouse-level"
import { warehouseOf } from "../workflows/producer-stock/steps/ensure-warehouse"
import { runSettlementWorkflow } from "../workflows/settlement/run-settlement"
import type { CommerceSetup } from "./commerce-setup"

/** The demo's shopper: a made-up guest, marked demo, at a made-up address (no real person's). */
const SHOPPER = "khach-mau@demo.ocop.local"
const ADDRESS = {
  first_name: "Khách mẫu (dữ liệu demo)",
  address_1: "Số 1, đường Hùng Vương (địa chỉ mẫu)",
  city: "Phường Đông Hà",
  province: "Tỉnh Quảng Trị",
  country_code: "vn",
  phone: "+84900000000",
}
/** The demo producers with accounts (src/seed/trade.ts) and the product each sells in the demo orders. */
export const SELLERS = {
  "tung-van": "nuoc-mam-tung-van",
  "htx-khe-sanh": "ca-phe-khe-sanh",
  "tu-phong": "dau-lac-nguyen-chat-super-green",
} as const
export type Seller = keyof typeof SELLERS

export type Ctx = { container: MedusaContainer; setup: CommerceSetup; variant: Record<Seller, string>; by: string }

/** A guest checkout through Medusa's cart workflows, then routed to its producers as order.placed does. */
async function placeOrder(ctx: Ctx, lines: [Seller, number][], option: RegExp): Promise<string> {
  return placeVariants(
    ctx,
    lines.map(([seller, quantity]) => [ctx.variant[seller], quantity]),
    option,
  )
}

/** As `placeOrder`, for variants named by id (another size than the demo's usual one). */
export async function placeVariants(ctx: Ctx, lines: [string, number][], option: RegExp): Promise<string> {
  const { container, setup } = ctx
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: setup.regionId,
      sales_channel_id: setup.salesChannelId,
      email: SHOPPER,
      locale: "vi-VN",
      shipping_address: ADDRESS,
      items: lines.map(([variant_id, quantity]) => ({ variant_id, quantity })),
      metadata: { demo: true },
    },
  })
  const { data: options } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "shipping_option", fields: ["id", "name"] })
  const chosen = (options as { id: string; name: string }[]).find((o) => option.test(o.name))!
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: chosen.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  await routeOrderWorkflow(container).run({ input: { order_id: result.id } })
  return result.id
}

/** The part of an order a demo producer supplies, for its actions. */
export async function partOf(ctx: Ctx, orderId: string, seller: Seller) {
  const producer = await producerOfSubject(ctx.container, seller)
  const [part] = await producerOf(ctx.container).listProducerOrders(
    { order_id: orderId, producer_id: producer.id },
    { relations: ["lines"] },
  )
  return { id: part.id, producer_id: producer.id, line: part.lines![0].id, by: ctx.by }
}

export async function producerOfSubject(container: MedusaContainer, key: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "subject", fields: ["id"], filters: { key } })
  const [producer] = await producerOf(container).listProducers({ subject_id: (data[0] as { id: string }).id })
  return producer
}

/**
 * The producers' side of the demo (issue 19): the three demo producers with accounts hold stock at
 * their own warehouses, and demo orders of a made-up guest (cash on delivery) have parts in every
 * state — new, confirmed, shipped, delivered, a cancelled line — made through the same workflows as
 * the shop's own, then the running month's statements. Once: skipped when the demo shopper has orders.
 */
export async function ensureProducerOrdersDemo(container: MedusaContainer, setup: CommerceSetup): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({ entity: "order", fields: ["id"], filters: { email: SHOPPER } })
  if (placed.length) return false
  const variant = {} as Record<Seller, string>
  for (const [seller, handle] of Object.entries(SELLERS) as [Seller, string][]) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
      filters: { handle },
    })
    const v = (data[0] as { variants: { id: string; inventory_items: { inventory_item_id: string }[] }[] }).variants[0]
    variant[seller] = v.id
    const producer = await producerOfSubject(container, seller)
    const warehouse = await warehouseOf(container, producer.id)
    if (warehouse)
      await setWarehouseLevelWorkflow(container).run({
        input: {
          inventory_item_id: v.inventory_items[0].inventory_item_id,
          location_id: warehouse.id,
          stocked_quantity: 40,
        },
      })
  }
  const ctx: Ctx = { container, setup, variant, by: "seed" }
  const home = /^Giao hàng tận nơi$/
  // One order of all three: delivered by Tùng Vân, shipped by Khe Sanh, confirmed by Tư Phong.
  const first = await placeOrder(
    ctx,
    [
      ["tung-van", 2],
      ["htx-khe-sanh", 1],
      ["tu-phong", 1],
    ],
    home,
  )
  const delivered = await partOf(ctx, first, "tung-van")
  await shipPartWorkflow(container).run({
    input: { ...delivered, carrier: "vnpost", tracking_number: "EB000000001VN" },
  })
  await deliverPartWorkflow(container).run({ input: delivered })
  const shipped = await partOf(ctx, first, "htx-khe-sanh")
  await shipPartWorkflow(container).run({ input: { ...shipped, carrier: "ghn", tracking_number: "GHN-DEMO-0001" } })
  await confirmPartWorkflow(container).run({ input: await partOf(ctx, first, "tu-phong") })
  // Another: new for Tùng Vân, and a line Tư Phong cannot supply, cancelled with its reason.
  const second = await placeOrder(
    ctx,
    [
      ["tung-van", 1],
      ["tu-phong", 1],
    ],
    home,
  )
  const canceled = await partOf(ctx, second, "tu-phong")
  await cancelLineWorkflow(container).run({
    input: {
      part_id: canceled.id,
      producer_id: canceled.producer_id,
      line_id: canceled.line,
      reason: "Hết hàng vụ này (dữ liệu demo)",
      by: ctx.by,
    },
  })
  // A pickup at a sales point, new: the producer sees the point and no address.
  await placeOrder(ctx, [["htx-khe-sanh", 1]], /^Nhận tại/)
  await runSettlementWorkflow(container).run({ input: { month: monthOf(new Date()) } })
  return true
}
