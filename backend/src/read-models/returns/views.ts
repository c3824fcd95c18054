import type { MedusaContainer } from "@medusajs/framework/types"
import {
  returnDeadline,
  type Carrier,
  type PaymentMethod,
  type RefundAccountView,
  type ReturnableShipmentView,
  type ReturnReason,
  type ReturnStatus,
  type ReturnView,
} from "@ocop/core"
import { subjectNames } from "../../access/producer"
import { producerOf } from "../../workflows/producer/steps/producer-of"
import { storeReturnWindow } from "./window"
import { returnsOf, type ReturnOwner } from "../../workflows/returns/steps/returns-of"

type Container = Pick<MedusaContainer, "resolve">
type Row = Awaited<ReturnType<ReturnType<typeof returnsOf>["listReturnRequests"]>>[number]
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Producers' names (their OCOP subjects'), by producer id. */
async function producerNames(container: Container, producerIds: string[]): Promise<Map<string, string>> {
  if (!producerIds.length) return new Map()
  const producers = await producerOf(container).listProducers(
    { id: [...new Set(producerIds)] },
    { withDeleted: true, take: null },
  )
  const names = await subjectNames(container as MedusaContainer, [...new Set(producers.map((p) => p.subject_id))])
  return new Map(producers.map((p) => [p.id, names.get(p.subject_id) ?? ""]))
}

function view(r: Row, producer: string): ReturnView {
  return {
    id: r.id,
    order_id: r.order_id,
    display_id: Number(r.display_id),
    producer,
    status: r.status as ReturnStatus,
    reason: r.reason as ReturnReason,
    note: r.note,
    photos: ((r.photo_file_ids as { ids?: string[] } | null)?.ids ?? []).length,
    lines: [...(r.lines ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((l) => ({
        line_id: l.line_id,
        title: l.title,
        variant_title: l.variant_title,
        quantity: Number(l.quantity),
        unit_price: Number(l.unit_price),
      })),
    amount: Number(r.amount),
    payment_method: r.payment_method as PaymentMethod,
    decision_note: r.decision_note,
    decided_at: iso(r.decided_at),
    carrier: r.carrier as Carrier | null,
    tracking_number: r.tracking_number,
    shipped_back_at: iso(r.shipped_back_at),
    received_at: iso(r.received_at),
    refunded_at: iso(r.refunded_at),
    refund_reference: r.refund_reference,
    stripe_refund_status: r.stripe_refund_status,
    created_at: iso(r.created_at)!,
  }
}

/** The refund account whole (for officials, who make the transfer) or masked (for its shopper). */
function account(r: Row, masked: boolean): RefundAccountView | null {
  if (!r.refund_bank_bin || !r.refund_account_number || !r.refund_account_holder) return null
  const number = r.refund_account_number
  return {
    bank_bin: r.refund_bank_bin,
    account_number: masked ? `•••${number.slice(-3)}` : number,
    account_holder: r.refund_account_holder,
  }
}

/** Returns the caller may see (a producer its own, an official any), newest first, a page at a time. */
export async function listReturns(
  container: Container,
  owner: ReturnOwner,
  page: { status?: ReturnStatus; limit: number; offset: number },
  withAccount: boolean,
) {
  const [rows, count] = await returnsOf(container).listAndCountReturnRequests(
    {
      ...(owner.producer_id ? { producer_id: owner.producer_id } : {}),
      ...(page.status ? { status: page.status } : {}),
    },
    { relations: ["lines"], order: { created_at: "DESC", id: "DESC" }, take: page.limit, skip: page.offset },
  )
  const names = await producerNames(
    container,
    rows.map((r) => r.producer_id),
  )
  const returns = rows.map((r) => ({
    ...view(r, names.get(r.producer_id) ?? ""),
    ...(withAccount ? { refund_account: account(r, false) } : {}),
  }))
  return { returns, count, limit: page.limit, offset: page.offset }
}

/** One return the caller may see (404 otherwise, the owner in the query). */
export async function oneReturn(container: Container, id: string, owner: ReturnOwner, withAccount: boolean) {
  const [r] = await returnsOf(container).listReturnRequests(
    {
      id,
      ...(owner.producer_id ? { producer_id: owner.producer_id } : {}),
      ...(owner.order_id ? { order_id: owner.order_id } : {}),
    },
    { relations: ["lines"], take: 1 },
  )
  if (!r) return null
  const names = await producerNames(container, [r.producer_id])
  return { ...view(r, names.get(r.producer_id) ?? ""), ...(withAccount ? { refund_account: account(r, false) } : {}) }
}

/**
 * An order's returns as its shopper reads them (the refund account masked), and what it may still
 * return: each delivered shipment inside the window, its lines less what earlier returns ask back.
 */
export async function orderReturns(container: Container, orderId: string) {
  const rows = await returnsOf(container).listReturnRequests(
    { order_id: orderId },
    { relations: ["lines"], order: { created_at: "ASC" }, take: null },
  )
  const parts = await producerOf(container).listProducerOrders(
    { order_id: orderId, status: "delivered" },
    { relations: ["lines"], order: { id: "ASC" }, take: null },
  )
  const days = await storeReturnWindow(container)
  const names = await producerNames(container, [...rows.map((r) => r.producer_id), ...parts.map((p) => p.producer_id)])
  const returnable: ReturnableShipmentView[] = []
  for (const part of parts) {
    const deadline = part.delivered_at ? returnDeadline(new Date(part.delivered_at), days) : null
    if (!deadline || deadline.getTime() < Date.now()) continue
    const asked = await returnsOf(container).returnedQuantities(part.id)
    const lines = (part.lines ?? [])
      .filter((l) => !l.canceled_at)
      .map((l) => ({
        line_id: l.id,
        title: l.title,
        variant_title: l.variant_title,
        quantity: Number(l.quantity) - (asked.get(l.id) ?? 0),
        unit_price: Number(l.unit_price),
      }))
      .filter((l) => l.quantity > 0)
    if (lines.length)
      returnable.push({
        part_id: part.id,
        producer: names.get(part.producer_id) ?? "",
        deadline: deadline.toISOString(),
        lines,
      })
  }
  const methods = new Set([...parts.map((p) => p.payment_method), ...rows.map((r) => r.payment_method)])
  return {
    returns: rows.map((r) => ({ ...view(r, names.get(r.producer_id) ?? ""), refund_account: account(r, true) })),
    returnable,
    window_days: days,
    refund_by_transfer: [...methods].some((m) => m !== "stripe"),
  }
}
