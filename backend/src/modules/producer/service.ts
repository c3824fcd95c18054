import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { ProducerRole, ProducerStatus } from "@ocop/core"
import { ProducerAccessChange } from "./models/access-change"
import { ProducerChangeRequest } from "./models/change-request"
import { ProducerInvite } from "./models/invite"
import { ProducerMember } from "./models/member"
import { ProducerPriceChange } from "./models/price-change"
import { Producer } from "./models/producer"
import { ProducerOrder } from "./models/producer-order"
import { ProducerOrderLine } from "./models/producer-order-line"

/** Who the signed-in account acts for, as the guard of `/store/producer/*` reads it. */
export type Membership = {
  member_id: string
  role: ProducerRole
  producer_id: string
  subject_id: string
  status: ProducerStatus
  suspension_reason: string | null
  suspended_at: Date | null
}

/** A producer with its members counted and its owner's e-mail, as officials list them. */
export type ProducerRow = {
  id: string
  subject_id: string
  business_id: string
  status: ProducerStatus
  suspension_reason: string | null
  suspended_at: Date | null
  created_at: Date
  members_count: number
  owner_email: string | null
}

/** Producers, their members, invitations, access changes, price history and change requests: generated CRUD plus three queries. */
export default class ProducerModuleService extends MedusaService({
  Producer,
  ProducerMember,
  ProducerInvite,
  ProducerAccessChange,
  ProducerPriceChange,
  ProducerChangeRequest,
  ProducerOrder,
  ProducerOrderLine,
}) {
  /**
   * The account's membership and its producer's access, in one query: the guard runs it on every
   * request, so a removed member or a suspension counts from the very next one.
   */
  @InjectManager()
  async membershipOf(customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [row] = (await sharedContext.manager!.execute(
      `select m.id as member_id, m.role, p.id as producer_id, p.subject_id, p.status, p.suspension_reason, p.suspended_at
       from producer_member m join producer p on p.id = m.producer_id and p.deleted_at is null
       where m.customer_id = ? and m.deleted_at is null limit 1`,
      [customerId],
    )) as Membership[]
    return row ?? null
  }

  /** Every open producer, with its members counted and its owner's e-mail, oldest first. */
  @InjectManager()
  async producerRows(
    filter: { status?: ProducerStatus; id?: string } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<ProducerRow[]> {
    const rows = (await sharedContext.manager!.execute(
      `select p.id, p.subject_id, p.business_id, p.status, p.suspension_reason, p.suspended_at, p.created_at,
              count(m.id)::int as members_count,
              max(case when m.role = 'owner' then m.email end) as owner_email
       from producer p left join producer_member m on m.producer_id = p.id and m.deleted_at is null
       where p.deleted_at is null and (?::text is null or p.status = ?) and (?::text is null or p.id = ?)
       group by p.id order by p.created_at asc`,
      [filter.status ?? null, filter.status ?? null, filter.id ?? null, filter.id ?? null],
    )) as ProducerRow[]
    return rows
  }

  /**
   * Spends an invitation and makes the account a staff member, in one transaction. The invitation
   * is taken by a conditional update, so of two acceptances of one link only one finds it unspent;
   * the members' unique key keeps an account to one producer. Returns the new member's id.
   */
  @InjectTransactionManager()
  async spendInvite(
    input: { invite_id: string; customer_id: string; email: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ member_id: string; producer_id: string }> {
    const manager = sharedContext.transactionManager!
    const [spent] = (await manager.execute(
      `update producer_invite set accepted_at = now(), accepted_by = ?, updated_at = now()
       where id = ? and accepted_at is null and revoked_at is null and expires_at > now() and deleted_at is null
       returning producer_id`,
      [input.customer_id, input.invite_id],
    )) as { producer_id: string }[]
    if (!spent)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has been used, revoked or has expired")
    const [taken] = (await manager.execute(
      `select producer_id from producer_member where customer_id = ? and deleted_at is null for update`,
      [input.customer_id],
    )) as { producer_id: string }[]
    if (taken)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        taken.producer_id === spent.producer_id
          ? "This account already acts for this producer"
          : "This account already acts for another producer; an account acts for one producer only",
      )
    const memberId = generateEntityId(undefined, "pmem")
    // Two invitations accepted by one account at once: the unique key lets one in, the other rolls back.
    const [added] = (await manager.execute(
      `insert into producer_member (id, producer_id, customer_id, email, role) values (?, ?, ?, ?, 'staff')
       on conflict (customer_id) where deleted_at is null do nothing returning id`,
      [memberId, spent.producer_id, input.customer_id, input.email],
    )) as { id: string }[]
    if (!added)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "This account already acts for another producer")
    return { member_id: memberId, producer_id: spent.producer_id }
  }
  /**
   * Moves a producer's part from one of `from` to `to`, setting `fields`, by one conditional update:
   * of two members acting on one part at once only one finds it in a starting state. Ownership is in
   * the query. Returns the part as it was before, or null when it is not this producer's or not in
   * a starting state (`partState` tells which).
   */
  @InjectTransactionManager()
  async movePart(
    input: {
      id: string
      producer_id: string
      from: string[]
      to: string
      fields?: Record<string, string | Date | null>
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ status: string; confirmed_at: Date | null; shipped_at: Date | null; delivered_at: Date | null } | null> {
    const fields = Object.entries(input.fields ?? {})
    const sets = fields.map(([k]) => `, "${k.replace(/[^a-z_]/g, "")}" = ?`).join("")
    const [row] = (await sharedContext.transactionManager!.execute(
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
  @InjectTransactionManager()
  async cancelLine(
    input: { part_id: string; producer_id: string; line_id: string; reason: string; by: string; cancelable: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<
    | null
    | { refused: string }
    | { item_id: string; order_id: string; value: number; payment_method: string; part_canceled: boolean }
  > {
    const manager = sharedContext.transactionManager!
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
  @InjectTransactionManager()
  async uncancelLine(
    input: { part_id: string; line_id: string; status: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ) {
    const manager = sharedContext.transactionManager!
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
  @InjectTransactionManager()
  async takeRefunds(
    input: { order_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string; value: number }[]> {
    return (await sharedContext.transactionManager!.execute(
      `update producer_order_line l set refunded = l.quantity * l.unit_price, refunded_at = now(), updated_at = now()
       from producer_order p
       where p.id = l.producer_order_id and p.order_id = ? and p.payment_method <> 'cod'
         and l.order_edited_at is not null and l.refunded_at is null and l.deleted_at is null
       returning l.id, l.refunded as value`,
      [input.order_id],
    )) as { id: string; value: number }[]
  }

  /** Gives back refunds taken when the payment provider refused them. */
  @InjectTransactionManager()
  async giveBackRefunds(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!ids.length) return
    await sharedContext.transactionManager!.execute(
      `update producer_order_line set refunded = 0, refunded_at = null where id in (${ids.map(() => "?").join(", ")})`,
      ids,
    )
  }
}
