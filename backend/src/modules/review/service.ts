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
import { mayReply, moderationAnswer, type Moderated, type ReviewStatus } from "@ocop/core"
import { ProductReview } from "./models/review"
import { ProductReviewVote } from "./models/review-vote"

/** A review's photo as stored: its widths, and the File Module's ids to delete them with. */
export type StoredReviewPhoto = {
  id: string
  url: string
  widths: { width: number; height: number; url: string }[]
  file_ids: string[]
}

/** A review's reply columns as they were, to put back if the workflow that changed them fails. */
export type ReplyState = {
  reply_text: string | null
  reply_status: ReviewStatus | null
  reply_attempts: number
  reply_rejection_reason: string | null
  replied_at: Date | null
  replied_by: string | null
  reply_moderated_at: Date | null
  reply_moderated_by: string | null
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ")

/**
 * Reviews and helpful votes: generated CRUD, and the writes that must hold under concurrent requests
 * as one conditional statement each (a decision taken once, a reply given once, a vote counted once).
 */
export default class ReviewModuleService extends MedusaService({ ProductReview, ProductReviewVote }) {
  /**
   * How many approved reviews gave each number of stars, per product: of every review (`all`), and of
   * real buyers' only (`real`: the demo dataset's left out), `{ 5: n, … }` each.
   */
  @InjectManager()
  async ratingCounts(
    productIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<Map<string, { all: Record<number, number>; real: Record<number, number> }>> {
    const counts = new Map(
      productIds.map((id) => [id, { all: {} as Record<number, number>, real: {} as Record<number, number> }]),
    )
    if (!productIds.length) return counts
    const rows = (await sharedContext.manager!.execute(
      `select product_id, rating, count(*)::int as n, count(*) filter (where not demo)::int as real
       from product_review
       where deleted_at is null and status = 'approved' and product_id in (${placeholders(productIds.length)})
       group by product_id, rating`,
      productIds,
    )) as { product_id: string; rating: number; n: number; real: number }[]
    for (const row of rows) {
      counts.get(row.product_id)!.all[row.rating] = row.n
      counts.get(row.product_id)!.real[row.rating] = row.real
    }
    return counts
  }

  /**
   * An official's decision on what waits for moderation: a pending review, or the pending reply under
   * one (`what`). One rule for both (`moderationAnswer` in @ocop/core), read on the row locked for the
   * decision, so two officials deciding at once decide once and the second is told 409; an unknown
   * review, or a reply that does not exist, is 404. Returns the review's product.
   */
  @InjectTransactionManager()
  async decide(
    input: { id: string; what: Moderated; status: "approved" | "rejected"; reason: string | null; by: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string; product_id: string }> {
    const manager = sharedContext.transactionManager!
    const [row] = (await manager.execute(
      `select id, product_id, status, reply_status from product_review where id = ? and deleted_at is null for update`,
      [input.id],
    )) as { id: string; product_id: string; status: ReviewStatus; reply_status: ReviewStatus | null }[]
    if (!row || (input.what === "reply" && row.reply_status === null))
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        input.what === "reply" ? "No reply to this review" : "No such review",
      )
    const refused = moderationAnswer(input.what === "reply" ? row.reply_status : row.status, input)
    if (refused?.status === 409)
      throw new MedusaError(MedusaError.Types.CONFLICT, `This ${input.what} ${refused.message}`)
    if (refused) throw new MedusaError(MedusaError.Types.INVALID_DATA, refused.message)
    const columns =
      input.what === "reply"
        ? "reply_status = ?, reply_rejection_reason = ?, reply_moderated_at = now(), reply_moderated_by = ?"
        : "status = ?, rejection_reason = ?, moderated_at = now(), moderated_by = ?"
    await manager.execute(`update product_review set ${columns}, updated_at = now() where id = ?`, [
      input.status,
      input.reason,
      input.by,
      input.id,
    ])
    return { id: row.id, product_id: row.product_id }
  }

  /**
   * A producer's public reply to an approved review of one of its products (`product_ids`, the
   * ownership in the query), waiting for officials as reviews do: another producer's review or one not
   * shown is 404; a reply waiting or published, or rejected a second time, is 409 (`mayReply`). The
   * row is locked while the rule is read, so two members replying at once reply once.
   */
  @InjectTransactionManager()
  async reply(
    input: { id: string; product_ids: string[]; text: string; by: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ id: string; product_id: string; previous: ReplyState }> {
    const manager = sharedContext.transactionManager!
    const missing = () => new MedusaError(MedusaError.Types.NOT_FOUND, "No such review of this producer's products")
    if (!input.product_ids.length) throw missing()
    const [row] = (await manager.execute(
      `select id, product_id, reply_text, reply_status, reply_attempts, reply_rejection_reason, replied_at, replied_by,
              reply_moderated_at, reply_moderated_by
       from product_review where id = ? and status = 'approved' and deleted_at is null
       and product_id in (${placeholders(input.product_ids.length)}) for update`,
      [input.id, ...input.product_ids],
    )) as ({ id: string; product_id: string; reply_attempts: number } & ReplyState)[]
    if (!row) throw missing()
    if (!mayReply({ status: row.reply_status, attempts: row.reply_attempts }))
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        row.reply_status === "rejected"
          ? "This review's reply was rejected twice: no further reply"
          : "This review already has the producer's reply: a producer replies once",
      )
    await manager.execute(
      `update product_review set reply_text = ?, replied_at = now(), replied_by = ?, reply_status = 'pending',
       reply_attempts = reply_attempts + 1, reply_rejection_reason = null, reply_moderated_at = null,
       reply_moderated_by = null, updated_at = now() where id = ?`,
      [input.text, input.by, input.id],
    )
    const { id: _id, product_id: _p, ...previous } = row
    return { id: row.id, product_id: row.product_id, previous }
  }

  /** Puts a reply back as it was before a submission (a failed workflow's compensation). */
  @InjectTransactionManager()
  async restoreReply(
    input: { id: string; previous: ReplyState },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<void> {
    const p = input.previous
    await sharedContext.transactionManager!.execute(
      `update product_review set reply_text = ?, reply_status = ?, reply_attempts = ?, reply_rejection_reason = ?,
       replied_at = ?, replied_by = ?, reply_moderated_at = ?, reply_moderated_by = ?, updated_at = now() where id = ?`,
      [
        p.reply_text,
        p.reply_status,
        p.reply_attempts,
        p.reply_rejection_reason,
        p.replied_at,
        p.replied_by,
        p.reply_moderated_at,
        p.reply_moderated_by,
        input.id,
      ],
    )
  }

  /**
   * A shopper finds an approved review helpful: the vote and the count move together, once per
   * shopper (a second vote is 409), never on the shopper's own review.
   */
  @InjectTransactionManager()
  async vote(
    input: { review_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<number> {
    const manager = sharedContext.transactionManager!
    const [review] = (await manager.execute(
      `select customer_id from product_review where id = ? and status = 'approved' and deleted_at is null for update`,
      [input.review_id],
    )) as { customer_id: string | null }[]
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such review")
    if (review.customer_id === input.customer_id)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "One's own review cannot be marked helpful")
    const inserted = await manager.execute(
      `insert into product_review_vote (id, review_id, customer_id) values (?, ?, ?)
       on conflict (review_id, customer_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "prvote"), input.review_id, input.customer_id],
    )
    if (!inserted.length)
      throw new MedusaError(MedusaError.Types.CONFLICT, "This account has already marked this review helpful")
    const [row] = (await manager.execute(
      `update product_review set helpful_count = helpful_count + 1 where id = ? returning helpful_count`,
      [input.review_id],
    )) as { helpful_count: number }[]
    return row.helpful_count
  }

  /** Takes a vote back (a failed workflow's compensation). */
  @InjectTransactionManager()
  async unvote(
    input: { review_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const removed = await manager.execute(
      `delete from product_review_vote where review_id = ? and customer_id = ? returning id`,
      [input.review_id, input.customer_id],
    )
    if (removed.length)
      await manager.execute(`update product_review set helpful_count = greatest(0, helpful_count - 1) where id = ?`, [
        input.review_id,
      ])
  }

  /**
   * Erases a buyer's reviews (with every vote on them) and takes back its votes on others' reviews
   * (decision 037: removed, not anonymised). Returns the photos' file ids, for the File Module, and
   * the products whose pages change. Running it again finds nothing: idempotent.
   */
  @InjectTransactionManager()
  async eraseBuyer(
    customerId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ file_ids: string[]; product_ids: string[] }> {
    const manager = sharedContext.transactionManager!
    await manager.execute(
      `update product_review r set helpful_count = greatest(0, r.helpful_count - v.n)
       from (select review_id, count(*)::int as n from product_review_vote
             where customer_id = ? and deleted_at is null group by review_id) v
       where r.id = v.review_id`,
      [customerId],
    )
    await manager.execute(`delete from product_review_vote where customer_id = ?`, [customerId])
    const removed = (await manager.execute(
      `delete from product_review where customer_id = ? returning id, product_id, photos`,
      [customerId],
    )) as { id: string; product_id: string; photos: { items?: StoredReviewPhoto[] } | null }[]
    if (removed.length)
      await manager.execute(
        `delete from product_review_vote where review_id in (${placeholders(removed.length)})`,
        removed.map((r) => r.id),
      )
    return {
      file_ids: removed.flatMap((r) => (r.photos?.items ?? []).flatMap((p) => p.file_ids)),
      product_ids: [...new Set(removed.map((r) => r.product_id))],
    }
  }
}
