import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { MeetingAnswer } from "../types"

export const answerMeetingStepId = "answer-trade-meeting"
/**
 * The counterpart accepts or declines a request; either party cancels. Accepting books the slot
 * for both and a table (`TradeModuleService.bookMeeting`), undone by releasing it.
 */
export const answerMeetingStep = createStep(
  answerMeetingStepId,
  async (input: { business_id: string; meeting_id: string; answer: MeetingAnswer }, { container }) => {
    const trade = tradeOf(container)
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
    const trade = tradeOf(container)
    await trade.releaseMeeting(bookedId)
    await trade.updateMeetings({ id: bookedId, status: "requested", table_no: null })
  },
)
