import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ORDER_MOVES, type ProducerOrderAction } from "@ocop/core"
import { producerOf } from "../../producer/steps/producer-of"

export type MovePartInput = {
  id: string
  producer_id: string
  action: ProducerOrderAction
  fields?: Record<string, string | Date | null>
}

export const movePartStepId = "move-producer-order"
/**
 * Moves a producer's part by one of its actions (packages/core's table), only from a state the action
 * starts from and only for its own producer: another producer's part is 404, a part already moved is
 * 409 (of two members shipping one part at once, one ships). Undone by restoring the part.
 */
export const movePartStep = createStep(
  movePartStepId,
  async (input: MovePartInput, { container }) => {
    const producers = producerOf(container)
    const move = PRODUCER_ORDER_MOVES[input.action]
    const now = new Date()
    const stamp = { confirm: "confirmed_at", ship: "shipped_at", deliver: "delivered_at" }[input.action]
    const before = await producers.movePart({
      id: input.id,
      producer_id: input.producer_id,
      from: move.from,
      to: move.to,
      fields: { ...input.fields, [stamp]: now },
    })
    if (!before) {
      const [part] = await producers.listProducerOrders({ id: input.id, producer_id: input.producer_id }, { take: 1 })
      if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such order for this producer")
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `This order is ${part.status}: it cannot be ${move.to} now (it may have just been updated by someone else)`,
      )
    }
    return new StepResponse({ id: input.id }, { id: input.id, before, fields: Object.keys(input.fields ?? {}) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const cleared = Object.fromEntries(undo.fields.map((f) => [f, null]))
    await producerOf(container).updateProducerOrders({ id: undo.id, ...cleared, ...undo.before } as never)
  },
)
