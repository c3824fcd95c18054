import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_MOVES, type ReturnMove } from "@ocop/core"
import { ownReturn, returnsOf, type ReturnOwner } from "./returns-of"

export type MoveReturnInput = ReturnOwner & {
  id: string
  move: ReturnMove
  to: string
  fields?: Record<string, string | number | Date | null>
}

export const moveReturnStepId = "move-return-request"
/**
 * Moves a return by one conditional update, so of a producer and an official acting at once one
 * does and the other is told 409 with the state it found; another's return is 404. Undone by
 * putting back the state and the fields it set.
 */
export const moveReturnStep = createStep(
  moveReturnStepId,
  async (input: MoveReturnInput, { container }) => {
    const owner = { producer_id: input.producer_id, order_id: input.order_id }
    const before = await ownReturn(container, input.id, owner)
    const moved = await returnsOf(container).moveReturn({
      id: input.id,
      from: RETURN_MOVES[input.move],
      to: input.to,
      ...owner,
      fields: input.fields,
    })
    if (!moved) {
      const now = await ownReturn(container, input.id, owner)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `This return is ${now.status.replace("_", " ")}: it cannot be ${input.to.replace("_", " ")} now`,
      )
    }
    const previous = Object.fromEntries(
      Object.keys(input.fields ?? {}).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]),
    )
    return new StepResponse(before, { id: input.id, status: moved.status, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await returnsOf(container).updateReturnRequests({ id: undo.id, status: undo.status as never, ...undo.previous })
  },
)

export const ownReturnStepId = "own-return-request"
/** The return the caller may act on (another's: 404), read before acting on it. */
export const ownReturnStep = createStep(ownReturnStepId, async (input: ReturnOwner & { id: string }, { container }) => {
  const found = await ownReturn(container, input.id, { producer_id: input.producer_id, order_id: input.order_id })
  return new StepResponse({ id: found.id, order_id: found.order_id, status: found.status })
})
