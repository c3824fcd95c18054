import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isIsoDate, meetingSlots } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { TradeEventInput } from "../types"

export const checkTradeEventStepId = "check-trade-event"
/** The days are in order, the meeting hours make slots, and the handle is not another event's. */
export const checkTradeEventStep = createStep(
  checkTradeEventStepId,
  async (input: { id?: string; event: TradeEventInput }, { container }) => {
    const e = input.event
    if (!isIsoDate(e.starts_on) || !isIsoDate(e.ends_on) || e.ends_on < e.starts_on)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_on and ends_on must be YYYY-MM-DD, in order")
    try {
      meetingSlots({
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        meeting_from: e.meeting_from ?? "08:00",
        meeting_to: e.meeting_to ?? "17:00",
        slot_minutes: e.slot_minutes ?? 30,
        tables: e.tables ?? 0,
      })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
    }
    const [taken] = await tradeOf(container).listTradeEvents({ handle: e.handle }, { take: 1, select: ["id"] })
    if (taken && taken.id !== input.id)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `handle ${e.handle} is taken`)
    return new StepResponse(true)
  },
)
