import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

// The monthly settlement's SQL: a month's figures in one query, statements written and paid.

/** The figures a statement holds, as the settlement query computes them. */
export const STATEMENT_FIGURES = [
  "orders",
  "sales_cod",
  "sales_vietqr",
  "sales_stripe",
  "delivery_fees",
  "canceled_lines",
  "canceled_value",
  "refunds",
  "refunds_on_sales",
  "fee",
] as const
export type MonthFigures = { producer_id: string } & Record<(typeof STATEMENT_FIGURES)[number], number>

/**
 * A month's figures for every producer with activity in it (or one), from its parts of orders in
 * one query: sales of parts delivered in the month by payment method, their delivery fees, the
 * operator's fee per line at its group's rate (basis points, rounded half up per line), refunds of
 * sold lines; lines cancelled and refunds paid in the month.
 */
export async function monthFigures(
  manager: EntityManager,
  input: { from: Date; to: Date; rates: Record<string, number>; producer_id?: string },
): Promise<MonthFigures[]> {
  const one = input.producer_id ?? null
  const range = [input.from, input.to, one, one]
  const rows = (await manager.execute(
    `with rates as (select key as handle, value::int as bps from jsonb_each_text(?::jsonb)),
     sold as (
       select p.producer_id, count(distinct p.id)::int as orders,
         coalesce(sum(l.quantity * l.unit_price) filter (where l.canceled_at is null and p.payment_method = 'cod'), 0) as sales_cod,
         coalesce(sum(l.quantity * l.unit_price) filter (where l.canceled_at is null and p.payment_method = 'vietqr'), 0) as sales_vietqr,
         coalesce(sum(l.quantity * l.unit_price) filter (where l.canceled_at is null and p.payment_method = 'stripe'), 0) as sales_stripe,
         coalesce(sum(round(l.quantity * l.unit_price * coalesce(r.bps, 0) / 10000.0)) filter (where l.canceled_at is null), 0) as fee,
         coalesce(sum(l.refunded) filter (where l.canceled_at is null), 0) as refunds_on_sales
       from producer_order p
       join producer_order_line l on l.producer_order_id = p.id and l.deleted_at is null
       left join rates r on r.handle = l.product_group
       where p.deleted_at is null and p.delivered_at >= ? and p.delivered_at < ? and (?::text is null or p.producer_id = ?)
       group by p.producer_id),
     fees as (
       select producer_id, sum(delivery_fee) as delivery_fees from producer_order
       where deleted_at is null and delivered_at >= ? and delivered_at < ? and (?::text is null or producer_id = ?)
       group by producer_id),
     canceled as (
       select p.producer_id, count(*)::int as canceled_lines, sum(l.quantity * l.unit_price) as canceled_value
       from producer_order_line l join producer_order p on p.id = l.producer_order_id and p.deleted_at is null
       where l.deleted_at is null and l.canceled_at >= ? and l.canceled_at < ? and (?::text is null or p.producer_id = ?)
       group by p.producer_id),
     refunded as (
       select p.producer_id, sum(l.refunded) as refunds
       from producer_order_line l join producer_order p on p.id = l.producer_order_id and p.deleted_at is null
       where l.deleted_at is null and l.refunded_at >= ? and l.refunded_at < ? and (?::text is null or p.producer_id = ?)
       group by p.producer_id),
     ids as (select producer_id from sold union select producer_id from canceled union select producer_id from refunded)
     select ids.producer_id, coalesce(s.orders, 0) as orders, coalesce(s.sales_cod, 0) as sales_cod,
       coalesce(s.sales_vietqr, 0) as sales_vietqr, coalesce(s.sales_stripe, 0) as sales_stripe,
       coalesce(f.delivery_fees, 0) as delivery_fees, coalesce(c.canceled_lines, 0) as canceled_lines,
       coalesce(c.canceled_value, 0) as canceled_value, coalesce(rf.refunds, 0) as refunds,
       coalesce(s.refunds_on_sales, 0) as refunds_on_sales, coalesce(s.fee, 0) as fee
     from ids left join sold s using (producer_id) left join fees f using (producer_id)
       left join canceled c using (producer_id) left join refunded rf using (producer_id)
     order by ids.producer_id`,
    [JSON.stringify(input.rates), ...range, ...range, ...range, ...range],
  )) as Record<string, unknown>[]
  return rows.map((r) => {
    const n = (k: string) => Number(r[k] ?? 0)
    return {
      producer_id: String(r.producer_id),
      orders: n("orders"),
      sales_cod: n("sales_cod"),
      sales_vietqr: n("sales_vietqr"),
      sales_stripe: n("sales_stripe"),
      delivery_fees: n("delivery_fees"),
      canceled_lines: n("canceled_lines"),
      canceled_value: n("canceled_value"),
      refunds: n("refunds"),
      refunds_on_sales: n("refunds_on_sales"),
      fee: n("fee"),
    }
  })
}

/**
 * Writes a month's statements from its figures in one statement: new ones open, open ones
 * recomputed, paid ones left as they were paid. Returns how many were written.
 */
export async function saveStatements(
  manager: EntityManager,
  input: { month: string; rows: (MonthFigures & { net: number })[] },
): Promise<number> {
  const columns = [...STATEMENT_FIGURES, "net"] as const
  let written = 0
  // PostgreSQL takes at most 65,535 parameters in one statement: 14 per row, so a thousand rows at a time.
  for (let at = 0; at < input.rows.length; at += 1000) {
    const rows = input.rows.slice(at, at + 1000)
    const values = rows.map(() => `(?, ?, ?, ${columns.map(() => "?").join(", ")}, now())`).join(", ")
    const params = rows.flatMap((r) => [
      generateEntityId(undefined, "pstm"),
      r.producer_id,
      input.month,
      ...columns.map((c) => r[c]),
    ])
    const done = (await manager.execute(
      `insert into producer_statement (id, producer_id, month, ${columns.join(", ")}, computed_at)
       values ${values}
       on conflict (producer_id, month) where deleted_at is null do update set
         ${columns.map((c) => `${c} = excluded.${c}`).join(", ")}, computed_at = excluded.computed_at, updated_at = now()
       where producer_statement.status = 'open'
       returning id`,
      params,
    )) as { id: string }[]
    written += done.length
  }
  return written
}

/**
 * Records a statement paid with the transfer's reference, freezing the figures given (computed
 * from the orders at that moment): of two officials paying it at once, one does. Null when it was
 * paid already.
 */
export async function payStatement(
  manager: EntityManager,
  input: { id: string; reference: string; by: string; figures: MonthFigures & { net: number } },
): Promise<{ id: string } | null> {
  const columns = [...STATEMENT_FIGURES, "net"] as const
  const [row] = (await manager.execute(
    `update producer_statement set status = 'paid', paid_at = now(), paid_reference = ?, paid_by = ?,
       ${columns.map((c) => `${c} = ?`).join(", ")}, computed_at = now(), updated_at = now()
     where id = ? and status = 'open' and deleted_at is null returning id`,
    [input.reference, input.by, ...columns.map((c) => input.figures[c]), input.id],
  )) as { id: string }[]
  return row ?? null
}
