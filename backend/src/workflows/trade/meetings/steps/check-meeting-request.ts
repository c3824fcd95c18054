import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { meetingSlot, vietnamDate } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { MeetingRequest } from "../types"

export const checkMeetingRequestStepId = "check-meeting-request"
/**
 * The fair is not over, the slot is one of its meeting slots, the counterpart is verified, and
 * neither party holds the slot already; a named offer or need belongs to one of the two parties. Returns the slot and the event.
 */
export const checkMeetingRequestStep = createStep(
  checkMeetingRequestStepId,
  async (input: { business_id: string; request: MeetingRequest }, { container }) => {
    const trade = tradeOf(container)
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
    // A meeting may name one offer and one need of either party; any other id is refused by name.
    const parties = [input.business_id, counterpart.id]
    if (request.offer_id) {
      const [offer] = await trade.listOffers({ id: request.offer_id, business_id: parties }, { take: 1 })
      if (!offer)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No offer of either party with id ${request.offer_id}`)
    }
    if (request.need_id) {
      const [need] = await trade.listNeeds({ id: request.need_id, business_id: parties }, { take: 1 })
      if (!need)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No need of either party with id ${request.need_id}`)
    }
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
