import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Carrier, ProducerOrderStatus, ShipmentView } from "@ocop/core"
import { producerOf } from "../../workflows/producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/**
 * An order's shipments as its shopper reads them: one per producer, named by its OCOP subject (and
 * its stall's key), with its state, carrier and tracking number and its lines, cancelled ones with
 * the producer's reason. The caller has been let through the order-access guard.
 */
export async function orderShipments(container: Container, orderId: string): Promise<ShipmentView[]> {
  const producers = producerOf(container)
  const parts = await producers.listProducerOrders(
    { order_id: orderId },
    { relations: ["lines"], order: { id: "ASC" }, take: null },
  )
  if (!parts.length) return []
  const owners = await producers.listProducers(
    { id: [...new Set(parts.map((p) => p.producer_id))] },
    { withDeleted: true, take: null },
  )
  const subjectOf = new Map(owners.map((p) => [p.id, p.subject_id]))
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "subject",
    fields: ["id", "name", "key"],
    filters: { id: [...new Set(owners.map((p) => p.subject_id))] },
  })
  const subjects = new Map((data as { id: string; name: string; key: string }[]).map((s) => [s.id, s]))
  return parts.map((p) => {
    const subject = subjects.get(subjectOf.get(p.producer_id) ?? "")
    return {
      producer: { name: subject?.name ?? "", key: subject?.key ?? null },
      status: p.status as ProducerOrderStatus,
      items: [...(p.lines ?? [])]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((l) => ({
          title: l.title,
          variant_title: l.variant_title,
          quantity: Number(l.quantity),
          canceled: !!l.canceled_at,
          reason: l.cancel_reason,
        })),
      carrier: p.carrier as Carrier | null,
      tracking_number: p.tracking_number,
      shipped_at: iso(p.shipped_at),
      delivered_at: iso(p.delivered_at),
    }
  })
}
