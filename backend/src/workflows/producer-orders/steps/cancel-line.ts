import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CANCELABLE_STATUSES } from "@ocop/core"
import { producerOf } from "../../producer/steps/producer-of"

export type CancelLineInput = { part_id: string; producer_id: string; line_id: string; reason: string; by: string }

export const orderOfPartStepId = "order-of-producer-order"
/** The order a producer's own part belongs to (404 for another producer's): the key the cancellation locks. */
export const orderOfPartStep = createStep(
  orderOfPartStepId,
  async (input: { part_id: string; producer_id: string }, { container }) => {
    const [part] = await producerOf(container).listProducerOrders(
      { id: input.part_id, producer_id: input.producer_id },
      { take: 1, select: ["id", "order_id", "status"] },
    )
    if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such order for this producer")
    return new StepResponse({ order_id: part.order_id, status: part.status as string })
  },
)

export const cancelLineStepId = "cancel-producer-order-line"
/**
 * Cancels one line with the producer's reason while its part is still with the producer (409 once
 * shipped or if already cancelled); undone by restoring the line and its part.
 */
export const cancelLineStep = createStep(
  cancelLineStepId,
  async (input: CancelLineInput & { status: string }, { container }) => {
    const done = await producerOf(container).cancelLine({ ...input, cancelable: CANCELABLE_STATUSES })
    if (!done) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such line in this producer's order")
    if ("refused" in done) throw new MedusaError(MedusaError.Types.CONFLICT, done.refused)
    return new StepResponse(done, { part_id: input.part_id, line_id: input.line_id, status: input.status })
  },
  async (undo, { container }) => {
    if (undo) await producerOf(container).uncancelLine(undo)
  },
)

export const markLineEditedStepId = "mark-producer-line-edited"
/** Records that Medusa's order edit dropped the line: from now its refund is due. */
export const markLineEditedStep = createStep(
  markLineEditedStepId,
  async (input: { line_id: string }, { container }) => {
    await producerOf(container).updateProducerOrderLines({ id: input.line_id, order_edited_at: new Date() })
    return new StepResponse(input)
  },
)
