import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues, tradeOf, type RecordData, type TradeService } from "../../common/records"
import type { BusinessProfileInput } from "../types"

type BusinessData = RecordData<TradeService["createBusinesses"]>
type Undo = { created: string | null; previous: (BusinessData & { id: string }) | null }

export const saveBusinessProfileRecordStepId = "save-business-profile-record"
/**
 * Registers the customer's business (pending verification), or updates its profile and, when an
 * identity field changed, sends it back for verification. Undone by deleting what it created, or
 * by writing back the fields it changed.
 */
export const saveBusinessProfileRecordStep = createStep(
  saveBusinessProfileRecordStepId,
  async (
    input: { customer_id: string; profile: BusinessProfileInput; existing_id: string | null; reverify: boolean },
    { container, context },
  ) => {
    const trade = tradeOf(container)
    if (!input.existing_id) {
      const created = await trade.createBusinesses({
        ...input.profile,
        customer_id: input.customer_id,
        status: "pending",
      })
      const undo: Undo = { created: created.id, previous: null }
      return new StepResponse(created, undo)
    }
    const update: BusinessData = {
      ...input.profile,
      ...(input.reverify ? { status: "pending" as const, verified_at: null, verified_by: null } : {}),
    }
    const before = await trade.retrieveBusiness(input.existing_id, { select: Object.keys(update) })
    const updated = await trade.updateBusinesses({ id: input.existing_id, ...update }, context)
    const undo: Undo = { created: null, previous: { id: input.existing_id, ...previousValues(before, update) } }
    return new StepResponse(updated, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const trade = tradeOf(container)
    if (undo.created) await trade.deleteBusinesses(undo.created)
    if (undo.previous) await trade.updateBusinesses(undo.previous)
  },
)
