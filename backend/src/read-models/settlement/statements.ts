import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  lineFee,
  monthBounds,
  salesTotal,
  type AdminStatementView,
  type PaymentMethod,
  type PayoutAccountView,
  type StatementPartView,
  type StatementRefundView,
  type StatementView,
} from "@ocop/core"
import { subjectNames } from "../../access/producer"
import { producerOf } from "../../workflows/producer/steps/producer-of"
import { returnsOf } from "../../workflows/returns/steps/returns-of"
import { feeRates } from "../../workflows/settlement/steps/compute-month"

type Container = MedusaContainer
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

type StatementRecord = Omit<StatementView, "sales" | "computed_at" | "paid_at"> & {
  producer_id: string
  computed_at: Date
  paid_at: Date | null
}

export const statementView = (s: StatementRecord): StatementView => {
  const figures = {
    orders: Number(s.orders),
    sales_cod: Number(s.sales_cod),
    sales_vietqr: Number(s.sales_vietqr),
    sales_stripe: Number(s.sales_stripe),
    delivery_fees: Number(s.delivery_fees),
    canceled_lines: Number(s.canceled_lines),
    canceled_value: Number(s.canceled_value),
    refunds: Number(s.refunds),
    refunds_on_sales: Number(s.refunds_on_sales),
    fee: Number(s.fee),
  }
  return {
    id: s.id,
    month: s.month,
    status: s.status,
    ...figures,
    sales: salesTotal(figures),
    net: Number(s.net),
    computed_at: iso(s.computed_at)!,
    paid_at: iso(s.paid_at),
    paid_reference: s.paid_reference,
  }
}

/** A producer's statements, newest month first. */
export async function producerStatements(container: Container, producerId: string): Promise<StatementView[]> {
  const rows = await producerOf(container).listProducerStatements(
    { producer_id: producerId },
    { order: { month: "DESC" }, take: null },
  )
  return (rows as unknown as StatementRecord[]).map(statementView)
}

/**
 * One statement of the producer's (404 for any other) and the parts it counts: those delivered in its
 * month, each line with its value and the operator's fee at its group's rate, as the run computed;
 * and the lines of the returns refunded in its month (docs/returns.md), each a negative amount, so
 * the lines add up to the totals (sales + delivery fees − fees − refunds = net).
 */
export async function producerStatement(container: Container, producerId: string, id: string) {
  const producers = producerOf(container)
  const [row] = (await producers.listProducerStatements(
    { id, producer_id: producerId },
    { take: 1 },
  )) as unknown as StatementRecord[]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such statement for this producer")
  const { from, to } = monthBounds(row.month)
  const [parts, rates, [producer], refunded] = await Promise.all([
    producers.listProducerOrders(
      { producer_id: producerId, delivered_at: { $gte: from, $lt: to } },
      { relations: ["lines"], order: { delivered_at: "ASC", id: "ASC" }, take: null },
    ),
    feeRates(container),
    producers.listProducers({ id: producerId }, { withDeleted: true }),
    // The same returns the month's run counts (`refundsByProducer`): refunded within the month.
    returnsOf(container).listReturnRequests(
      { producer_id: producerId, status: "refunded", refunded_at: { $gte: from, $lt: to } },
      { relations: ["lines"], order: { refunded_at: "ASC", id: "ASC" }, take: null },
    ),
  ])
  const name = (await subjectNames(container, [producer.subject_id])).get(producer.subject_id) ?? ""
  const partViews: StatementPartView[] = parts.map((p) => ({
    display_id: Number(p.display_id),
    delivered_at: iso(p.delivered_at)!,
    payment_method: p.payment_method as PaymentMethod,
    delivery_fee: Number(p.delivery_fee),
    lines: [...(p.lines ?? [])]
      .filter((l) => !l.canceled_at)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((l) => {
        const value = Number(l.quantity) * Number(l.unit_price)
        return {
          title: l.title,
          variant_title: l.variant_title,
          quantity: Number(l.quantity),
          unit_price: Number(l.unit_price),
          value,
          fee: lineFee(value, rates[l.product_group ?? ""] ?? 0),
        }
      }),
  }))
  const refunds: StatementRefundView[] = refunded.flatMap((r) =>
    [...(r.lines ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((l) => ({
        display_id: Number(r.display_id),
        refunded_at: iso(r.refunded_at)!,
        title: l.title,
        variant_title: l.variant_title,
        quantity: Number(l.quantity),
        unit_price: Number(l.unit_price),
        amount: -Number(l.quantity) * Number(l.unit_price),
      })),
  )
  return { statement: statementView(row), producer: { name }, parts: partViews, refunds }
}

/** A month's statements for officials: each producer named, with where it is paid. */
export async function monthSettlement(container: Container, month: string): Promise<AdminStatementView[]> {
  const producers = producerOf(container)
  const rows = (await producers.listProducerStatements(
    { month },
    { order: { net: "DESC", id: "ASC" }, take: null },
  )) as unknown as StatementRecord[]
  if (!rows.length) return []
  const ids = [...new Set(rows.map((r) => r.producer_id))]
  const [owners, accounts] = await Promise.all([
    producers.listProducers({ id: ids }, { withDeleted: true, take: null }),
    producers.listProducerPayoutAccounts({ producer_id: ids }, { take: null }),
  ])
  const names = await subjectNames(container, [...new Set(owners.map((o) => o.subject_id))])
  const subjectOf = new Map(owners.map((o) => [o.id, o.subject_id]))
  const accountOf = new Map(accounts.map((a) => [a.producer_id, payoutView(a)]))
  return rows.map((r) => ({
    ...statementView(r),
    producer: { id: r.producer_id, name: names.get(subjectOf.get(r.producer_id) ?? "") ?? "" },
    payout_account: accountOf.get(r.producer_id) ?? null,
  }))
}

export const payoutView = (a: {
  bank_bin: string
  account_number: string
  account_holder: string
}): PayoutAccountView => ({
  bank_bin: a.bank_bin,
  account_number: a.account_number,
  account_holder: a.account_holder,
})
