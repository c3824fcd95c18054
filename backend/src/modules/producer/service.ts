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
import type { OrderCounts, ProducerRole, ProducerStatus } from "@ocop/core"
import { ProducerAccessChange } from "./models/access-change"
import { ProducerChangeRequest } from "./models/change-request"
import { ProducerInvite } from "./models/invite"
import { ProducerMember } from "./models/member"
import { ProducerPayoutAccount } from "./models/payout-account"
import { ProducerPriceChange } from "./models/price-change"
import { Producer } from "./models/producer"
import { ProducerProposal } from "./models/proposal"
import { ProducerOrder } from "./models/producer-order"
import { ProducerOrderLine } from "./models/producer-order-line"
import { ProducerStatement } from "./models/statement"
import * as parts from "./queries/parts"
import * as settlement from "./queries/settlement"
import type { MonthFigures } from "./queries/settlement"

export { STATEMENT_FIGURES, type MonthFigures } from "./queries/settlement"

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

/**
 * Producers, their members, invitations, access changes, price history, change requests, proposals,
 * parts of orders and statements: generated CRUD, the access queries here, and the SQL of parts and of
 * the settlement (`queries/`) run in this module's transactions.
 */
export default class ProducerModuleService extends MedusaService({
  Producer,
  ProducerMember,
  ProducerInvite,
  ProducerAccessChange,
  ProducerPriceChange,
  ProducerChangeRequest,
  ProducerProposal,
  ProducerOrder,
  ProducerOrderLine,
  ProducerStatement,
  ProducerPayoutAccount,
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

  /** Open producers (all, or a page), with their members counted and their owner's e-mail, oldest first. */
  @InjectManager()
  async producerRows(
    filter: { status?: ProducerStatus; id?: string; limit?: number; offset?: number } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<ProducerRow[]> {
    const rows = (await sharedContext.manager!.execute(
      `select p.id, p.subject_id, p.business_id, p.status, p.suspension_reason, p.suspended_at, p.created_at,
              count(m.id)::int as members_count,
              max(case when m.role = 'owner' then m.email end) as owner_email
       from producer p left join producer_member m on m.producer_id = p.id and m.deleted_at is null
       where p.deleted_at is null and (?::text is null or p.status = ?) and (?::text is null or p.id = ?)
       group by p.id order by p.created_at asc, p.id asc limit ?::int offset ?::int`,
      [
        filter.status ?? null,
        filter.status ?? null,
        filter.id ?? null,
        filter.id ?? null,
        filter.limit ?? null,
        filter.offset ?? 0,
      ],
    )) as ProducerRow[]
    return rows
  }

  /**
   * How the producers handled their parts of orders placed since `since`, in one query: parts, those
   * shipped and the median hours from placed to shipped, lines and those cancelled. Producers without
   * a part in the window are absent.
   */
  @InjectManager()
  async orderCounts(
    input: { producer_ids: string[]; since: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<({ producer_id: string } & OrderCounts)[]> {
    if (!input.producer_ids.length) return []
    const rows = (await sharedContext.manager!.execute(
      `with parts as (
         select id, producer_id, placed_at, shipped_at from producer_order
         where deleted_at is null and placed_at >= ? and producer_id in (${input.producer_ids.map(() => "?").join(", ")})),
       lines as (
         select p.producer_id, count(*)::int as lines, count(l.canceled_at)::int as canceled_lines
         from parts p join producer_order_line l on l.producer_order_id = p.id and l.deleted_at is null
         group by p.producer_id)
       select p.producer_id, count(*)::int as parts, count(p.shipped_at)::int as shipped,
         percentile_cont(0.5) within group (order by extract(epoch from p.shipped_at - p.placed_at) / 3600)
           filter (where p.shipped_at is not null) as median_ship_hours,
         coalesce(max(l.lines), 0)::int as lines, coalesce(max(l.canceled_lines), 0)::int as canceled_lines
       from parts p left join lines l using (producer_id)
       group by p.producer_id`,
      [input.since, ...input.producer_ids],
    )) as Record<string, unknown>[]
    return rows.map((r) => ({
      producer_id: String(r.producer_id),
      parts: Number(r.parts),
      shipped: Number(r.shipped),
      median_ship_hours: r.median_ship_hours == null ? null : Number(r.median_ship_hours),
      lines: Number(r.lines),
      canceled_lines: Number(r.canceled_lines),
    }))
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
   * Writes a placed order's parts with their lines in one transaction, so a producer never lists a
   * part before its lines are there (nor a part without them if the lines could not be written).
   */
  @InjectTransactionManager()
  async recordParts(
    parts: (Record<string, unknown> & { producer_id: string; lines: Record<string, unknown>[] })[],
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string; producer_id: string }[]> {
    const created = (await this.createProducerOrders(
      parts.map(({ lines: _lines, ...part }) => part) as never,
      sharedContext,
    )) as unknown as { id: string; producer_id: string }[]
    const idOf = new Map(created.map((c) => [c.producer_id, c.id]))
    await this.createProducerOrderLines(
      parts.flatMap((part) =>
        part.lines.map((line) => ({ ...line, producer_order_id: idOf.get(part.producer_id)! })),
      ) as never,
      sharedContext,
    )
    return created.map((c) => ({ id: c.id, producer_id: c.producer_id }))
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
    return parts.movePart(sharedContext.transactionManager!, input)
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
    return parts.cancelLine(sharedContext.transactionManager!, input)
  }

  /** Undoes `cancelLine` when the order edit after it fails: the line and its part as they were. */
  @InjectTransactionManager()
  async uncancelLine(
    input: { part_id: string; line_id: string; status: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ) {
    return parts.uncancelLine(sharedContext.transactionManager!, input)
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
    return parts.takeRefunds(sharedContext.transactionManager!, input)
  }

  /** Gives back refunds taken when the payment provider refused them. */
  @InjectTransactionManager()
  async giveBackRefunds(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return parts.giveBackRefunds(sharedContext.transactionManager!, ids)
  }
  /**
   * A month's figures for every producer with activity in it (or one), from its parts of orders in
   * one query: sales of parts delivered in the month by payment method, their delivery fees, the
   * operator's fee per line at its group's rate (basis points, rounded half up per line), refunds of
   * sold lines; lines cancelled and refunds paid in the month.
   */
  @InjectManager()
  async monthFigures(
    input: { from: Date; to: Date; rates: Record<string, number>; producer_id?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<MonthFigures[]> {
    return settlement.monthFigures(sharedContext.manager!, input)
  }

  /**
   * Writes a month's statements from its figures in one statement: new ones open, open ones
   * recomputed, paid ones left as they were paid. Returns how many were written.
   */
  @InjectTransactionManager()
  async saveStatements(
    input: { month: string; rows: (MonthFigures & { net: number })[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<number> {
    return settlement.saveStatements(sharedContext.transactionManager!, input)
  }

  /**
   * Records a statement paid with the transfer's reference, freezing the figures given (computed
   * from the orders at that moment): of two officials paying it at once, one does. Null when it was
   * paid already.
   */
  @InjectTransactionManager()
  async payStatement(
    input: { id: string; reference: string; by: string; figures: MonthFigures & { net: number } },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string } | null> {
    return settlement.payStatement(sharedContext.transactionManager!, input)
  }
}
