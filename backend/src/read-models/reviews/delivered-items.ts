import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ReviewableItemView } from "@ocop/core"

type Row = {
  id: string
  display_id: number
  items?: ({
    id: string
    product_id: string | null
    product_handle: string | null
    product_title: string | null
    title: string
    variant_id: string | null
    variant_title: string | null
    thumbnail: string | null
    detail?: { delivered_quantity?: number | string | null } | null
  } | null)[]
}

/** An order line of the customer's and whether it reached the buyer. */
export type BoughtItem = ReviewableItemView & { delivered: boolean }

/**
 * The order lines the customer bought with its account, and whether each was delivered: **the rule of
 * who may review** (decision 037) is Medusa's fulfilment marked delivered for the line
 * (`delivered_quantity` of the order item), which the producers' "delivered" (decision 034) and an
 * official's delivery in the admin both set. The customer is in the query: another's line is unknown.
 */
export async function boughtItems(container: MedusaContainer, customerId: string): Promise<BoughtItem[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    filters: { customer_id: customerId },
    fields: [
      "id",
      "display_id",
      "items.id",
      "items.product_id",
      "items.product_handle",
      "items.product_title",
      "items.title",
      "items.variant_id",
      "items.variant_title",
      "items.thumbnail",
      "items.detail.delivered_quantity",
    ],
  })
  return (data as unknown as Row[]).flatMap((order) =>
    (order.items ?? []).flatMap((item) =>
      item?.product_id
        ? [
            {
              item_id: item.id,
              order_id: order.id,
              display_id: order.display_id,
              product_id: item.product_id,
              product_handle: item.product_handle,
              title: item.product_title ?? item.title,
              variant_id: item.variant_id,
              variant_title: item.variant_title,
              thumbnail: item.thumbnail,
              delivered: Number(item.detail?.delivered_quantity ?? 0) > 0,
            },
          ]
        : [],
    ),
  )
}

/**
 * The customer's line `itemId` if it may be reviewed now: another's or an unknown line is 404, a line
 * not delivered yet 400, a line already reviewed 409.
 */
export async function reviewableItem(
  container: MedusaContainer,
  customerId: string,
  itemId: string,
  reviewed: (itemId: string) => Promise<boolean>,
): Promise<BoughtItem> {
  const item = (await boughtItems(container, customerId)).find((i) => i.item_id === itemId)
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such item among this account's orders")
  if (!item.delivered)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This item has not been delivered yet: review it once it arrives",
    )
  if (await reviewed(itemId))
    throw new MedusaError(MedusaError.Types.CONFLICT, "This item has already been reviewed: one review per item bought")
  return item
}
