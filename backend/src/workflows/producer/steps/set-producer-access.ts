import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type SetProducerAccessInput = {
  producer_id: string
  action: "suspend" | "restore"
  reason: string | null
  official_id: string
}

export const setProducerAccessStepId = "set-producer-access"
/**
 * An official suspends a producer's access (with the reason its members are shown) or restores
 * it, and the change is kept in its history. Undone by writing back the previous access and
 * deleting the history entry.
 */
export const setProducerAccessStep = createStep(
  setProducerAccessStepId,
  async (input: SetProducerAccessInput, { container }) => {
    const producers = producerOf(container)
    const [before] = await producers.listProducers(
      { id: input.producer_id },
      { select: ["id", "status", "suspension_reason", "suspended_at"] },
    )
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer ${input.producer_id}`)
    const suspend = input.action === "suspend"
    if (suspend === (before.status === "suspended"))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        suspend ? "The producer's access is suspended already" : "The producer's access is not suspended",
      )
    await producers.updateProducers({
      id: before.id,
      status: suspend ? "suspended" : "active",
      suspension_reason: suspend ? input.reason : null,
      suspended_at: suspend ? new Date() : null,
    })
    const change = await producers.createProducerAccessChanges({
      producer_id: before.id,
      action: input.action,
      reason: input.reason,
      official_id: input.official_id,
    })
    return new StepResponse(before.id, { before, change: change.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers = producerOf(container)
    await producers.deleteProducerAccessChanges([undo.change])
    await producers.updateProducers(undo.before)
  },
)
