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
}
