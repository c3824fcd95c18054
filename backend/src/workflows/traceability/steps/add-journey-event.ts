import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { JOURNEY_EVENT_TYPES } from "../../../modules/traceability/models/journey-event"

export type AddJourneyEventInput = {
  lot_id: string
  type: (typeof JOURNEY_EVENT_TYPES)[number]
  occurred_at: string
  place: string
  actor: string
  place_en?: string | null
  actor_en?: string | null
  stock_location_id?: string | null
  note?: string | null
}

/** Appends one step to a lot's journey; undone by deleting it. Returns the lot's product for the cache. */
export const addJourneyEventStep = createStep(
  "add-trace-journey-event",
  async (input: AddJourneyEventInput, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const [lot] = await service.listLots({ id: input.lot_id }, { select: ["id", "product_id"] })
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lot with id ${input.lot_id}`)
    const event = await service.createJourneyEvents({ ...input, occurred_at: new Date(input.occurred_at) })
    return new StepResponse({ event, product_id: lot.product_id }, event.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteJourneyEvents(id)
  },
)
