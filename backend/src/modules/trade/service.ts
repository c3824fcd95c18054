import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Agreement } from "./models/agreement"
import { AgreementDocument } from "./models/agreement-document"
import { AgreementLine } from "./models/agreement-line"
import { Business } from "./models/business"
import { Delivery } from "./models/delivery"
import { EventBuyer } from "./models/event-buyer"
import { Exhibitor } from "./models/exhibitor"
import { Meeting } from "./models/meeting"
import { MeetingBooking } from "./models/meeting-booking"
import { Need } from "./models/need"
import { Offer } from "./models/offer"
import { SalesPoint } from "./models/sales-point"
import { TradeEvent } from "./models/trade-event"

type Booked = { holder: string }

/** Sales points, events, businesses, offers, needs, meetings and agreements: generated CRUD plus booking. */
export default class TradeModuleService extends MedusaService({
  SalesPoint,
  TradeEvent,
  Exhibitor,
  EventBuyer,
  Business,
  Offer,
  Need,
  Meeting,
  MeetingBooking,
  Agreement,
  AgreementLine,
  AgreementDocument,
  Delivery,
}) {
  /**
   * Accepts a requested meeting: books its slot for both parties and for the first free table, in
   * one transaction. The bookings' unique key decides races: a row another transaction committed
   * first makes `on conflict do nothing` return nothing here, and the whole acceptance rolls back
   * with a 409 naming who is busy. Returns the table number.
   */
  @InjectTransactionManager()
  async bookMeeting(
    meetingId: string,
    tables: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<number> {
    const manager = sharedContext.transactionManager!
    const [meeting] = (await manager.execute(
      `select id, event_id, requester_id, counterpart_id, slot_start, status
       from trade_meeting where id = ? and deleted_at is null for update`,
      [meetingId],
    )) as {
      id: string
      event_id: string
      requester_id: string
      counterpart_id: string
      slot_start: Date
      status: string
    }[]
    if (!meeting) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Meeting ${meetingId} was not found`)
    if (meeting.status !== "requested")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The meeting is ${meeting.status}, not requested`)
    const book = (holder: string) =>
      manager.execute(
        `insert into trade_meeting_booking (id, meeting_id, event_id, slot_start, holder)
         values (?, ?, ?, ?, ?) on conflict (event_id, slot_start, holder) where deleted_at is null do nothing returning holder`,
        [generateEntityId(undefined, "tmb"), meeting.id, meeting.event_id, meeting.slot_start, holder],
      ) as Promise<Booked[]>
    for (const [party, id] of [
      ["requester", meeting.requester_id],
      ["counterpart", meeting.counterpart_id],
    ] as const) {
      if (!(await book(`business:${id}`)).length)
        throw new MedusaError(MedusaError.Types.CONFLICT, `The ${party} already has a meeting in this slot`)
    }
    // Each try sees the tables committed so far (READ COMMITTED): a lost race moves to the next one.
    for (let attempt = 0; attempt < tables; attempt++) {
      const [taken] = (await manager.execute(
        `insert into trade_meeting_booking (id, meeting_id, event_id, slot_start, holder)
         select ?, ?, ?, ?, 'table:' || t from generate_series(1, ?) t
         where not exists (select 1 from trade_meeting_booking b
                           where b.event_id = ? and b.slot_start = ? and b.holder = 'table:' || t)
         order by t limit 1
         on conflict (event_id, slot_start, holder) where deleted_at is null do nothing returning holder`,
        [
          generateEntityId(undefined, "tmb"),
          meeting.id,
          meeting.event_id,
          meeting.slot_start,
          tables,
          meeting.event_id,
          meeting.slot_start,
        ],
      )) as Booked[]
      if (taken) {
        const table = Number(taken.holder.slice("table:".length))
        await manager.execute(
          `update trade_meeting set status = 'accepted', table_no = ?, updated_at = now() where id = ?`,
          [table, meeting.id],
        )
        return table
      }
      const [{ free }] = (await manager.execute(
        `select ? - count(*)::int as free from trade_meeting_booking
         where event_id = ? and slot_start = ? and holder like 'table:%'`,
        [tables, meeting.event_id, meeting.slot_start],
      )) as { free: number }[]
      if (free <= 0) break
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "Every meeting table is taken in this slot")
  }

  /** Frees what a meeting held (on cancelling an accepted meeting). */
  @InjectTransactionManager()
  async releaseMeeting(meetingId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.transactionManager!.execute(`delete from trade_meeting_booking where meeting_id = ?`, [
      meetingId,
    ])
  }
}
