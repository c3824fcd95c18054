import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { ReturnRequest } from "./models/return-request"
import { ReturnRequestLine } from "./models/return-request-line"

type Fields = Record<string, string | number | Date | null>
const column = (k: string) => `"${k.replace(/[^a-z_]/g, "")}"`

/**
 * Shoppers' return requests and their lines: generated CRUD, plus the statements that must be one
 * conditional update to stay right when a producer and an official act at once.
 */
export default class ReturnRequestModuleService extends MedusaService({ ReturnRequest, ReturnRequestLine }) {
  /**
   * Moves a return from one of `from` to `to`, setting `fields`, by one conditional update (the
   * producer in the query when a producer acts): of two actors only one finds it in a starting
   * state. Returns the status it had, or null when it is not theirs or has moved (the caller reads
   * which).
   */
  @InjectTransactionManager()
  async moveReturn(
    input: {
      id: string
      from: readonly string[]
      to: string
      producer_id?: string
      order_id?: string
      fields?: Fields
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ status: string } | null> {
    const fields = Object.entries(input.fields ?? {})
    const sets = fields.map(([k]) => `, ${column(k)} = ?`).join("")
    const [row] = (await sharedContext.transactionManager!.execute(
      `update return_request r set status = ?${sets}, updated_at = now()
       from (select id, status from return_request where id = ? and (?::text is null or producer_id = ?)
             and (?::text is null or order_id = ?) and deleted_at is null for update) old
       where r.id = old.id and old.status in (${input.from.map(() => "?").join(", ")})
       returning old.status`,
      [
        input.to,
        ...fields.map(([, v]) => v),
        input.id,
        input.producer_id ?? null,
        input.producer_id ?? null,
        input.order_id ?? null,
        input.order_id ?? null,
        ...input.from,
      ],
    )) as { status: string }[]
    return row ?? null
  }

  /**
   * Quantities of each producer line already asked back by returns that were not refused, so a
   * request cannot return more than was delivered.
   */
  @InjectManager()
  async returnedQuantities(
    partId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<Map<string, number>> {
    const rows = (await sharedContext.manager!.execute(
      `select l.line_id, sum(l.quantity)::int as quantity from return_request_line l
       join return_request r on r.id = l.return_request_id and r.deleted_at is null and r.status <> 'refused'
       where r.part_id = ? and l.deleted_at is null group by l.line_id`,
      [partId],
    )) as { line_id: string; quantity: number }[]
    return new Map(rows.map((r) => [r.line_id, r.quantity]))
  }

  /** What was paid back for returns in [from, to), per producer: the month's statements count it. */
  @InjectManager()
  async refundsByProducer(
    input: { from: Date; to: Date; producer_id?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<{ producer_id: string; refunds: number }[]> {
    const one = input.producer_id ?? null
    const rows = (await sharedContext.manager!.execute(
      `select producer_id, sum(amount)::bigint as refunds from return_request
       where deleted_at is null and status = 'refunded' and refunded_at >= ? and refunded_at < ?
         and (?::text is null or producer_id = ?)
       group by producer_id`,
      [input.from, input.to, one, one],
    )) as { producer_id: string; refunds: string | number }[]
    return rows.map((r) => ({ producer_id: r.producer_id, refunds: Number(r.refunds) }))
  }
}
