import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  Carrier,
  PaymentMethod,
  ProducerDeliveryView,
  ProducerOrderDetail,
  ProducerOrderStatus,
  ProducerOrderView,
} from "@ocop/core"
import { producerOf } from "../../workflows/producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

type LineRecord = {
  id: string
  product_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  canceled_at: Date | null
  cancel_reason: string | null
  refunded: number
}
type PartRecord = {
  id: string
  order_id: string
  display_id: number
  status: string
  kind: string
  location_id: string | null
  placed_at: Date
  payment_method: string
  carrier: string | null
  tracking_number: string | null
  confirmed_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  lines?: LineRecord[]
}

export const partView = (p: PartRecord): ProducerOrderView => {
  const lines = [...(p.lines ?? [])].sort((a, b) => a.id.localeCompare(b.id))
  return {
    id: p.id,
    order_id: p.order_id,
    display_id: Number(p.display_id),
    status: p.status as ProducerOrderStatus,
    placed_at: iso(p.placed_at)!,
    payment_method: p.payment_method as PaymentMethod,
    subtotal: lines.filter((l) => !l.canceled_at).reduce((sum, l) => sum + l.quantity * l.unit_price, 0),
    lines: lines.map((l) => ({
      id: l.id,
      product_id: l.product_id,
      title: l.title,
      variant_title: l.variant_title,
      quantity: Number(l.quantity),
      unit_price: Number(l.unit_price),
      canceled_at: iso(l.canceled_at),
      cancel_reason: l.cancel_reason,
      refunded: Number(l.refunded),
    })),
    carrier: p.carrier as Carrier | null,
    tracking_number: p.tracking_number,
    confirmed_at: iso(p.confirmed_at),
    shipped_at: iso(p.shipped_at),
    delivered_at: iso(p.delivered_at),
    canceled_at: iso(p.canceled_at),
  }
}

/** A producer's parts of orders, newest first; ownership is the query's filter. */
export async function producerOrders(
  container: Container,
  producerId: string,
  page: { status?: ProducerOrderStatus; limit: number; offset: number },
) {
  const [rows, count] = await producerOf(container).listAndCountProducerOrders(
    { producer_id: producerId, ...(page.status ? { status: page.status } : {}) },
    { relations: ["lines"], order: { placed_at: "DESC", id: "DESC" }, take: page.limit, skip: page.offset },
  )
  return { orders: (rows as unknown as PartRecord[]).map(partView), count, limit: page.limit, offset: page.offset }
}

type Address = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

/**
 * Where a part goes, as the producer needs it to ship and no more: for delivery the recipient's name,
 * phone and address, only while the part is still to be delivered; for pickup the sales point's name.
 */
async function deliveryOf(container: Container, part: PartRecord): Promise<ProducerDeliveryView | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (part.kind === "pickup") {
    if (!part.location_id) return null
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["name"],
      filters: { id: part.location_id },
    })
    return { kind: "pickup", sales_point: (data[0] as { name?: string } | undefined)?.name ?? "" }
  }
  if (!["new", "confirmed", "shipped"].includes(part.status)) return null
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "shipping_address.address_1",
      "shipping_address.address_2",
      "shipping_address.city",
      "shipping_address.province",
    ],
    filters: { id: part.order_id },
  })
  const a = (data[0] as { shipping_address?: Address | null } | undefined)?.shipping_address
  if (!a) return null
  const join = (parts: (string | null | undefined)[], sep: string) => parts.filter(Boolean).join(sep)
  return {
    kind: "delivery",
    name: join([a.last_name, a.first_name], " "),
    phone: a.phone ?? null,
    address: join([a.address_1, a.address_2, a.city, a.province], ", "),
  }
}

/** One part of the producer's, with where it goes and the location it ships from; 404 for any other. */
export async function producerOrderDetail(
  container: Container,
  producerId: string,
  id: string,
): Promise<ProducerOrderDetail> {
  const [part] = (await producerOf(container).listProducerOrders(
    { id, producer_id: producerId },
    { relations: ["lines"], take: 1 },
  )) as unknown as PartRecord[]
  if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such order for this producer")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [delivery, location] = await Promise.all([
    deliveryOf(container, part),
    part.location_id
      ? query.graph({ entity: "stock_location", fields: ["name"], filters: { id: part.location_id } })
      : Promise.resolve({ data: [] }),
  ])
  return {
    ...partView(part),
    delivery,
    location: (location.data[0] as { name?: string } | undefined)?.name ?? null,
  }
}
