import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

// Producers' parts of orders: the SQL that must be one statement (or one locked transaction) to
// stay right when members act at once. The producer module's service runs each in its transaction.

/**
 * Moves a producer's part from one of `from` to `to`, setting `fields`, by one conditional update:
 * of two members acting on one part at once only one finds it in a starting state. Ownership is in
 * the query. Returns the part as it was before, or null when it is not this producer's or not in
 * a starting state (`partState` tells which).
 */
export async function movePart(
  manager: EntityManager,
  input: {
    id: string
    producer_id: string
    from: string[]
    to: string
    fields?: Record<string, string | Date | null>
  },
): Promise<{ status: string; confirmed_at: Date | null; shipped_at: Date | null; delivered_at: Date | null } | null> {
  const fields = Object.entries(input.fields ?? {})
  const sets = fields.map(([k]) => `, "${k.replace(/[^a-z_]/g, "")}" = ?`).join("")
  const [row] = (await manager.execute(
    `update producer_order p set status = ?${sets}, updated_at = now()
     from (select id, status, confirmed_at, shipped_at, delivered_at from producer_order
           where id = ? and producer_id = ? and deleted_at is null for update) old
     where p.id = old.id and old.status in (${input.from.map(() => "?").join(", ")})
     returning old.status, old.confirmed_at, old.shipped_at, old.delivered_at`,
    [input.to, ...fields.map(([, v]) => v), input.id, input.producer_id, ...input.from],
  )) as { status: string; confirmed_at: Date | null; shipped_at: Date | null; delivered_at: Date | null }[]
  return row ?? null
}

/**
 * Cancels one line of a part still with the producer, in one transaction: the part is locked, the
 * line is taken only if not cancelled yet, and the part becomes cancelled with its last line.
 * Null when the part or line is not this producer's; `{ refused }` when the part has left.
 */
export async function cancelLine(
  manager: EntityManager,
  input: { part_id: string; producer_id: string; line_id: string; reason: string; by: string; cancelable: string[] },
): Promise<
  | null
  | { refused: string }
  | { item_id: string; order_id: string; value: number; payment_method: string; part_canceled: boolean }
> {
  const [part] = (await manager.execute(
    `select id, order_id, status, payment_method from producer_order
     where id = ? and producer_id = ? and deleted_at is null for update`,
    [input.part_id, input.producer_id],
  )) as { id: string; order_id: string; status: string; payment_method: string }[]
  if (!part) return null
  const [line] = (await manager.execute(
    `select id, item_id, quantity, unit_price, canceled_at from producer_order_line
     where id = ? and producer_order_id = ? and deleted_at is null`,
    [input.line_id, part.id],
  )) as { id: string; item_id: string; quantity: number; unit_price: number; canceled_at: Date | null }[]
  if (!line) return null
  if (line.canceled_at) return { refused: "This line is cancelled already" }
  if (!input.cancelable.includes(part.status))
    return { refused: `This part is ${part.status}: a line can be cancelled only before it is shipped` }
  await manager.execute(
    `update producer_order_line set canceled_at = now(), cancel_reason = ?, canceled_by_id = ?, updated_at = now() where id = ?`,
    [input.reason, input.by, line.id],
  )
  const [left] = (await manager.execute(
    `select count(*)::int as n from producer_order_line where producer_order_id = ? and canceled_at is null and deleted_at is null`,
    [part.id],
  )) as { n: number }[]
  if (left.n === 0)
    await manager.execute(
      `update producer_order set status = 'canceled', canceled_at = now(), updated_by_id = ?, updated_at = now() where id = ?`,
      [input.by, part.id],
    )
  return {
    item_id: line.item_id,
    order_id: part.order_id,
    value: line.quantity * line.unit_price,
    payment_method: part.payment_method,
    part_canceled: left.n === 0,
  }
}

/** Undoes `cancelLine` when the order edit after it fails: the line and its part as they were. */
export async function uncancelLine(
  manager: EntityManager,
  input: { part_id: string; line_id: string; status: string },
) {
  await manager.execute(
    `update producer_order_line set canceled_at = null, cancel_reason = null, canceled_by_id = null where id = ?`,
    [input.line_id],
  )
  await manager.execute(`update producer_order set status = ?, canceled_at = null where id = ?`, [
    input.status,
    input.part_id,
  ])
}

/**
 * Takes the refund of cancelled lines not refunded yet, by a conditional update: whichever path
 * comes first (the cancellation, or the payment's capture after it) refunds, the other finds
 * nothing. Returns the lines taken with their values.
 */
export async function takeRefunds(
  manager: EntityManager,
  input: { order_id: string },
): Promise<{ id: string; value: number }[]> {
  return (await manager.execute(
    `update producer_order_line l set refunded = l.quantity * l.unit_price, refunded_at = now(), updated_at = now()
     from producer_order p
     where p.id = l.producer_order_id and p.order_id = ? and p.payment_method <> 'cod'
       and l.order_edited_at is not null and l.refunded_at is null and l.deleted_at is null
     returning l.id, l.refunded as value`,
    [input.order_id],
  )) as { id: string; value: number }[]
}

/** Gives back refunds taken when the payment provider refused them. */
export async function giveBackRefunds(manager: EntityManager, ids: string[]) {
  if (!ids.length) return
  await manager.execute(
    `update producer_order_line set refunded = 0, refunded_at = null where id in (${ids.map(() => "?").join(", ")})`,
    ids,
  )
}
