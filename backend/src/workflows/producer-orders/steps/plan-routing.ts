import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { paymentMethodOf, splitDeliveryFee, type PaymentMethod } from "@ocop/core"
import { producerOf } from "../../producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
/** Medusa's amounts and quantities come as numbers or BigNumber values: whole VND either way. */
const whole = (v: unknown) => Math.round(MathBN.convert((v ?? 0) as number).toNumber())

export type PlannedLine = {
  item_id: string
  product_id: string
  variant_id: string | null
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  product_group: string | null
}
export type PlannedPart = {
  producer_id: string
  subject_id: string
  location_id: string | null
  delivery_fee: number
  lines: PlannedLine[]
}
/** A reservation to move to the location the part ships from, because that location holds the stock. */
export type ReservationMove = { id: string; from: string; to: string }
export type RoutingPlan = {
  order_id: string
  display_id: number
  placed_at: Date
  kind: "delivery" | "pickup"
  payment_method: PaymentMethod
  parts: PlannedPart[]
  moves: ReservationMove[]
}

type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  items?: {
    id: string
    product_id: string | null
    variant_id: string | null
    product_title: string | null
    title: string
    variant_title: string | null
    quantity: unknown
    unit_price: unknown
  }[]
  shipping_methods?: { amount: unknown; shipping_option_id: string | null }[]
  payment_collections?: { payment_sessions?: { provider_id: string; status: string }[] }[]
}

async function orderOf(container: Container, orderId: string): Promise<OrderRow | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      // The whole item: its quantity is its detail's, which Medusa reads only with the item's own fields.
      "items.*",
      "shipping_methods.amount",
      "shipping_methods.shipping_option_id",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.status",
    ],
    filters: { id: orderId },
  })
  return data[0] as unknown as OrderRow | undefined
}

/** Each product's OCOP subject and group (its first category's handle). */
async function productFacts(container: Container, productIds: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "subject.id", "categories.handle"],
    filters: { id: productIds },
  })
  type Row = { id: string; subject?: { id: string } | null; categories?: ({ handle: string } | null)[] | null }
  return new Map(
    (data as Row[]).map((p) => [
      p.id,
      { subject_id: p.subject?.id ?? null, group: p.categories?.find(Boolean)?.handle ?? null },
    ]),
  )
}

/** Pickup or delivery, and for pickup the sales point's stock location (the shipping option's). */
async function shippingOf(container: Container, optionId: string | null | undefined) {
  if (!optionId) return { kind: "delivery" as const, pickup_location: null }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "type.code", "service_zone.fulfillment_set.location.id"],
    filters: { id: optionId },
  })
  type Row = {
    type?: { code?: string } | null
    service_zone?: { fulfillment_set?: { location?: { id: string } | null } }
  }
  const option = data[0] as Row | undefined
  return option?.type?.code === "pickup"
    ? { kind: "pickup" as const, pickup_location: option.service_zone?.fulfillment_set?.location?.id ?? null }
    : { kind: "delivery" as const, pickup_location: null }
}

/** Open producers of the subjects, with their warehouses. */
async function producersOf(container: Container, subjectIds: string[]) {
  if (!subjectIds.length) return new Map<string, { id: string; warehouse: string | null }>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "subject_id", "stock_location.id"],
    filters: { subject_id: subjectIds },
  })
  type Row = { id: string; subject_id: string; stock_location?: { id: string } | null }
  return new Map((data as Row[]).map((p) => [p.subject_id, { id: p.id, warehouse: p.stock_location?.id ?? null }]))
}

/**
 * Where each part ships from and which reservations move there. A part ships from the place that
 * holds its stock: the pickup point for pickup, the producer's warehouse for delivery. Medusa reserved
 * each line at checkout wherever the channel had enough; a reservation elsewhere moves to that place
 * when it has the quantity available, so the stock the producer sees reserved is what it will send.
 * When it has not, the reservation stays and the part ships from where it is held.
 */
async function placeParts(
  container: Container,
  parts: (PlannedPart & { target: string | null })[],
): Promise<ReservationMove[]> {
  const itemIds = parts.flatMap((p) => p.lines.map((l) => l.item_id))
  if (!itemIds.length) return []
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ line_item_id: itemIds }, { take: null })
  const targets = [...new Set(parts.map((p) => p.target).filter((t): t is string => !!t))]
  const levels = targets.length
    ? await inventory.listInventoryLevels(
        { location_id: targets, inventory_item_id: [...new Set(reservations.map((r) => r.inventory_item_id))] },
        { take: null },
      )
    : []
  const available = new Map(
    levels.map((l) => [
      `${l.inventory_item_id}@${l.location_id}`,
      Number(l.stocked_quantity) - Number(l.reserved_quantity),
    ]),
  )
  const moves: ReservationMove[] = []
  for (const part of parts) {
    const mine = reservations.filter((r) => part.lines.some((l) => l.item_id === r.line_item_id))
    const held = new Set<string>()
    for (const r of mine) {
      const key = `${r.inventory_item_id}@${part.target}`
      const free = available.get(key)
      if (part.target && r.location_id !== part.target && free !== undefined && free >= Number(r.quantity)) {
        moves.push({ id: r.id, from: r.location_id, to: part.target })
        available.set(key, free - Number(r.quantity))
        held.add(part.target)
      } else held.add(r.location_id)
    }
    // One fulfilment ships from one place: the target when everything is there, else where it is held.
    part.location_id = held.size === 1 ? [...held][0] : (part.target ?? [...held][0] ?? null)
  }
  return moves
}

export const planRoutingStepId = "plan-order-routing"
/**
 * Reads a placed order and plans its producers' parts: its lines grouped by the open producer of each
 * product's OCOP subject (lines of subjects with no producer stay the shop's, handled by officials as
 * before), each part's location, its share of the delivery fee, the payment method, and the
 * reservations to move. No parts when the order has no producer's line or was routed already.
 */
export const planRoutingStep = createStep(planRoutingStepId, async (input: { order_id: string }, { container }) => {
  const routed = await producerOf(container).listProducerOrders({ order_id: input.order_id }, { take: 1 })
  const none: RoutingPlan = {
    order_id: input.order_id,
    display_id: 0,
    placed_at: new Date(),
    kind: "delivery",
    payment_method: "cod",
    parts: [],
    moves: [],
  }
  if (routed.length) return new StepResponse(none)
  const order = await orderOf(container, input.order_id)
  if (!order?.items?.length) return new StepResponse(none)
  const items = order.items.filter((i) => i.product_id)
  const facts = await productFacts(container, [...new Set(items.map((i) => i.product_id!))])
  const subjects = [...new Set([...facts.values()].map((f) => f.subject_id).filter((s): s is string => !!s))]
  const producers = await producersOf(container, subjects)
  const shipping = await shippingOf(container, order.shipping_methods?.[0]?.shipping_option_id)
  const bySubject = new Map<string, PlannedPart & { target: string | null }>()
  for (const item of items) {
    const fact = facts.get(item.product_id!)
    const producer = fact?.subject_id ? producers.get(fact.subject_id) : undefined
    if (!producer || !fact?.subject_id) continue
    const part = bySubject.get(fact.subject_id) ?? {
      producer_id: producer.id,
      subject_id: fact.subject_id,
      location_id: null,
      delivery_fee: 0,
      lines: [],
      target: shipping.kind === "pickup" ? shipping.pickup_location : producer.warehouse,
    }
    part.lines.push({
      item_id: item.id,
      product_id: item.product_id!,
      variant_id: item.variant_id,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title,
      quantity: whole(item.quantity),
      unit_price: whole(item.unit_price),
      product_group: fact.group,
    })
    bySubject.set(fact.subject_id, part)
  }
  const parts = [...bySubject.values()].sort((a, b) => a.producer_id.localeCompare(b.producer_id))
  if (!parts.length) return new StepResponse(none)
  const moves = await placeParts(container, parts)
  // Each parcel earns an equal share of the delivery fee; lines no producer supplies are the shop's
  // own parcel, whose share the shop keeps.
  const fee = shipping.kind === "delivery" ? whole(order.shipping_methods?.[0]?.amount) : 0
  const shopParcel = items.length > parts.reduce((n, p) => n + p.lines.length, 0) ? ["shop"] : []
  const shares = splitDeliveryFee(fee, [...parts.map((p) => p.producer_id), ...shopParcel])
  const session = order.payment_collections?.flatMap((c) => c.payment_sessions ?? []).find((s) => s.provider_id)
  const plan: RoutingPlan = {
    order_id: order.id,
    display_id: order.display_id,
    placed_at: new Date(order.created_at),
    kind: shipping.kind,
    payment_method: paymentMethodOf(session?.provider_id),
    parts: parts.map(({ target: _target, ...p }) => ({ ...p, delivery_fee: shares.get(p.producer_id) ?? 0 })),
    moves,
  }
  return new StepResponse(plan)
})
