import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"

export const registerEventBuyerStepId = "register-event-buyer"
/** Registers a business as a buyer at an event unless it is one already; undone by deleting what it created. */
export const registerEventBuyerStep = createStep(
  registerEventBuyerStepId,
  async (input: { event_id: string; business_id: string }, { container }) => {
    const trade = tradeOf(container)
    const [exists] = await trade.listEventBuyers({ event_id: input.event_id, business_id: input.business_id })
    if (exists) return new StepResponse(exists, null)
    const created = await trade.createEventBuyers({ event_id: input.event_id, business_id: input.business_id })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await tradeOf(container).deleteEventBuyers(id)
  },
)
