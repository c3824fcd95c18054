import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { meetingSlot, vietnamDate } from "@ocop/core"
import { TRADE_MODULE } from "../../modules/trade/name"
import type TradeModuleService from "../../modules/trade/service"
import { createTradeRecordsStep, updateTradeRecordStep } from "./steps/records"

export type MeetingRequest = {
  event_id: string
  counterpart_id: string
  slot_start: string
  need_id?: string | null
  offer_id?: string | null
  message?: string | null
}

const checkRequestStep = createStep(
  "check-meeting-request",
  async (input: { business_id: string; request: MeetingRequest }, { container }) => {
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const { request } = input
    if (request.counterpart_id === input.business_id)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "counterpart_id is your own business")
    const [event] = await trade.listTradeEvents({ id: request.event_id }, { take: 1 })
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No trade event with id ${request.event_id}`)
    if (event.ends_on < vietnamDate())
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${event.name} is over; meetings can no longer be booked`)
    const slot = meetingSlot(event, request.slot_start)
    if (!slot)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `slot_start ${request.slot_start} is not a meeting slot of ${event.name} (every ${event.slot_minutes} minutes, ${event.meeting_from}–${event.meeting_to}, ${event.starts_on} to ${event.ends_on})`,
      )
    const [counterpart] = await trade.listBusinesses({ id: request.counterpart_id, status: "verified" }, { take: 1 })
    if (!counterpart)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No verified business with id ${request.counterpart_id}`)
    // An early, friendly answer; the booking's unique key is what guarantees it at acceptance.
    const busy = await trade.listMeetingBookings({
      event_id: event.id,
      slot_start: new Date(slot),
      holder: [`business:${input.business_id}`, `business:${counterpart.id}`],
    })
    if (busy.length)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        busy.some((b) => b.holder === `business:${input.business_id}`)
          ? "You already have a meeting in this slot"
          : `${counterpart.company_name} already has a meeting in this slot`,
      )
    return new StepResponse({ slot, event_id: event.id })
  },
)

const registerBuyerStep = createStep(
  "register-event-buyer",
  async (input: { event_id: string; business_id: string }, { container }) => {
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const [exists] = await trade.listEventBuyers({ event_id: input.event_id, business_id: input.business_id })
    if (exists) return new StepResponse(exists, null)
    const created = await trade.createEventBuyers({ event_id: input.event_id, business_id: input.business_id })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TradeModuleService>(TRADE_MODULE).deleteEventBuyers(id)
  },
)

/** A business asks another for a meeting in one slot of a fair; it attends the fair as a buyer. */
export const requestMeetingWorkflow = createWorkflow(
  "request-trade-meeting",
  (input: { business_id: string; request: MeetingRequest }) => {
    const checked = checkRequestStep(input)
    registerBuyerStep(
      transform({ input, checked }, ({ input, checked }) => ({
        event_id: checked.event_id,
        business_id: input.business_id,
      })),
    )
    const meetings = createTradeRecordsStep(
      transform({ input, checked }, ({ input, checked }) => ({
        entity: "Meetings" as const,
        data: [
          {
            ...input.request,
            slot_start: new Date(checked.slot),
            requester_id: input.business_id,
            status: "requested",
          },
        ],
      })),
    )
    return new WorkflowResponse(transform({ meetings }, ({ meetings }) => meetings[0]))
  },
)

type Answer = "accept" | "decline" | "cancel"

/**
 * The counterpart accepts or declines a request; either party cancels. Accepting books the slot
 * for both and a table (`TradeModuleService.bookMeeting`), undone by releasing it.
 */
const answerMeetingStep = createStep(
  "answer-trade-meeting",
  async (input: { business_id: string; meeting_id: string; answer: Answer }, { container }) => {
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const meeting = await trade.retrieveMeeting(input.meeting_id)
    const isCounterpart = meeting.counterpart_id === input.business_id
    if (input.answer !== "cancel" && !isCounterpart)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the business asked can accept or decline a meeting")
    if (input.answer === "accept") {
      const event = await trade.retrieveTradeEvent(meeting.event_id)
      await trade.bookMeeting(meeting.id, event.tables)
    } else {
      const allowed = input.answer === "decline" ? ["requested"] : ["requested", "accepted"]
      if (!allowed.includes(meeting.status))
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The meeting is ${meeting.status}; it cannot be ${input.answer}d`,
        )
      if (meeting.status === "accepted") await trade.releaseMeeting(meeting.id)
      await trade.updateMeetings({
        id: meeting.id,
        status: input.answer === "decline" ? "declined" : "cancelled",
        table_no: null,
      })
    }
    return new StepResponse(await trade.retrieveMeeting(meeting.id), input.answer === "accept" ? meeting.id : null)
  },
  async (bookedId, { container }) => {
    if (!bookedId) return
    const trade = container.resolve<TradeModuleService>(TRADE_MODULE)
    await trade.releaseMeeting(bookedId)
    await trade.updateMeetings({ id: bookedId, status: "requested", table_no: null })
  },
)

export const answerMeetingWorkflow = createWorkflow(
  "answer-trade-meeting",
  (input: { business_id: string; meeting_id: string; answer: Answer }) =>
    new WorkflowResponse(answerMeetingStep(input)),
)

/** A party's own notes on the outcome of a meeting (each party writes only its own field). */
export const saveMeetingNotesWorkflow = createWorkflow(
  "save-trade-meeting-notes",
  (input: { meeting_id: string; field: "requester_notes" | "counterpart_notes"; notes: string }) => {
    const meeting = updateTradeRecordStep(
      transform({ input }, ({ input }) => ({
        entity: "Meetings" as const,
        id: input.meeting_id,
        data: { [input.field]: input.notes },
      })),
    )
    return new WorkflowResponse(meeting)
  },
)
