import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type ResolveChangeRequestInput = {
  id: string
  status: "accepted" | "returned"
  official_id: string
  note?: string | null
}

/**
 * An official answers an open change request: accepted (the edit workflow applies its texts in the
 * same run) or returned with a note. Only an open request can be answered, once; undone with the run.
 */
export const resolveChangeRequestStep = createStep(
  "resolve-producer-change-request",
  async (input: ResolveChangeRequestInput, { container }) => {
    const producers = producerOf(container)
    const [request] = await producers.listProducerChangeRequests({ id: input.id }, { take: 1 })
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such change request")
    if (request.status !== "open")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This change request was already ${request.status}`)
    const updated = await producers.updateProducerChangeRequests({
      id: input.id,
      status: input.status,
      note: input.note ?? null,
      resolved_by_id: input.official_id,
      resolved_at: new Date(),
    })
    return new StepResponse(updated, input.id)
  },
  async (id, { container }) => {
    if (id)
      await producerOf(container).updateProducerChangeRequests({
        id,
        status: "open",
        note: null,
        resolved_by_id: null,
        resolved_at: null,
      })
  },
)
