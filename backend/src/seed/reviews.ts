import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { monthOf } from "@ocop/core"
import { boughtItems } from "../read-models/reviews/delivered-items"
import { deliverPartWorkflow } from "../workflows/producer-orders/deliver-part"
import { shipPartWorkflow } from "../workflows/producer-orders/ship-part"
import { createReviewWorkflow } from "../workflows/reviews/create-review"
import { moderateReviewWorkflow } from "../workflows/reviews/moderate-review"
import { replyToReviewWorkflow } from "../workflows/reviews/reply-to-review"
import { reviewsOf } from "../workflows/reviews/steps/reviews-of"
import { runSettlementWorkflow } from "../workflows/settlement/run-settlement"
import type { CommerceSetup } from "./commerce-setup"
import { setWarehouseLevelWorkflow } from "../workflows/producer-stock/set-warehouse-level"
import { warehouseOf } from "../workflows/producer-stock/steps/ensure-warehouse"
import { partOf, placeVariants, producerOfSubject, SELLERS, type Ctx, type Seller } from "./producer-orders"

const MARK = " (dữ liệu demo)"

/** At least 40 of each variant at `locationId`, for those it does not hold yet. */
async function stockAt(
  container: MedusaContainer,
  locationId: string,
  variants: { inventory_items: { inventory_item_id: string }[] }[],
) {
  const items = variants.map((v) => v.inventory_items[0].inventory_item_id)
  const held = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ location_id: locationId, inventory_item_id: items })
  const missing = items.filter((id) => !held.some((l) => l.inventory_item_id === id))
  for (const inventory_item_id of missing)
    await setWarehouseLevelWorkflow(container).run({
      input: { inventory_item_id, location_id: locationId, stocked_quantity: 40 },
    })
}

/**
 * The reviews' demo (docs/reviews.md): lines the demo guest received, reviewed through the same
 * workflows as a shopper's, each marked demo in its row and, visibly, in its text. A demo order of Khe
 * Sanh's coffee in both sizes and Tư Phong's peanut oil is delivered by both producers; the coffee
 * gets two approved reviews (one with the producer's approved reply), the oil one waiting in the officials'
 * queue. The month's statements are computed again to count the order. Once: skipped when a demo
 * review exists.
 */
export async function ensureReviewsDemo(container: MedusaContainer, setup: CommerceSetup): Promise<boolean> {
  const reviews = reviewsOf(container)
  if ((await reviews.listProductReviews({ demo: true }, { take: 1 })).length) return false
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.inventory_items.inventory_item_id"],
    filters: { handle: [SELLERS["htx-khe-sanh"], SELLERS["tu-phong"]] },
  })
  type Row = {
    id: string
    handle: string
    variants: { id: string; inventory_items: { inventory_item_id: string }[] }[]
  }
  const byHandle = new Map((products as unknown as Row[]).map((p) => [p.handle, p]))
  const coffee = byHandle.get(SELLERS["htx-khe-sanh"])!
  const oil = byHandle.get(SELLERS["tu-phong"])!
  const variant = { "htx-khe-sanh": coffee.variants[0].id, "tu-phong": oil.variants[0].id } as Record<Seller, string>
  const ctx: Ctx = { container, setup, variant, by: "seed" }
  // Each line ships from its producer's warehouse: every size ordered is held there (the producers'
  // demo stocked one size of each, which one depends on the order variants are read in).
  for (const [key, product] of [
    ["htx-khe-sanh", coffee],
    ["tu-phong", oil],
  ] as const) {
    const warehouse = await warehouseOf(container, (await producerOfSubject(container, key)).id)
    if (warehouse) await stockAt(container, warehouse.id, product.variants)
  }
  // Both sizes of the coffee: two lines of one order, so two reviews of one product.
  const order = await placeVariants(
    ctx,
    [
      [coffee.variants[0].id, 1],
      [coffee.variants[1].id, 1],
      [oil.variants[0].id, 1],
    ],
    /^Giao hàng tận nơi$/,
  )
  for (const [seller, carrier, tracking] of [
    ["htx-khe-sanh", "ghn", "GHN-DEMO-0002"],
    ["tu-phong", "vnpost", "EB000000002VN"],
  ] as const) {
    const part = await partOf(ctx, order, seller)
    await shipPartWorkflow(container).run({ input: { ...part, carrier, tracking_number: tracking } })
    await deliverPartWorkflow(container).run({ input: part })
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: order } })
  const customer_id = (orders[0] as { customer_id: string }).customer_id
  const delivered = (await boughtItems(container, customer_id)).filter((i) => i.order_id === order && i.delivered)
  const write = async (item_id: string, rating: number, text: string) =>
    (
      await createReviewWorkflow(container).run({
        input: { customer_id, item_id, rating, text: text + MARK, photos: [], demo: true },
      })
    ).result.id
  const approve = (id: string) =>
    moderateReviewWorkflow(container).run({ input: { id, status: "approved", reason: null, by: "seed" } })
  const coffeeLines = delivered.filter((i) => i.product_id === coffee.id)
  const large = coffeeLines.find((i) => /500/.test(i.variant_title ?? "")) ?? coffeeLines[1]
  const small = coffeeLines.find((i) => i !== large)!
  const first = await write(small.item_id, 5, "Cà phê rang mộc, pha phin thơm và đậm, đúng vị Khe Sanh.")
  await approve(first)
  await replyToReviewWorkflow(container).run({
    input: {
      id: first,
      product_ids: [coffee.id],
      text: "Cảm ơn anh chị đã tin dùng cà phê Khe Sanh." + MARK,
      by: "seed",
    },
  })
  // The reply waits for officials as reviews do: the demo's is published.
  await moderateReviewWorkflow(container).run({
    input: { id: first, what: "reply", status: "approved", reason: null, by: "seed" },
  })
  await approve(await write(large.item_id, 4, "Gói 500 g dùng được lâu, hương vẫn giữ tốt; giao hơi chậm."))
  const [peanut] = delivered.filter((i) => i.product_id === oil.id)
  await write(peanut.item_id, 5, "Dầu lạc thơm, trong, chiên xào đều ngon.")
  await runSettlementWorkflow(container).run({ input: { month: monthOf(new Date()) } })
  return true
}
