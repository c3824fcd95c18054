import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturedPayment } from "../../../read-models/payments/captured-payment"
import { producerOf } from "../../producer/steps/producer-of"

export type RefundDue = { payment_id: string; amount: number; line_ids: string[] } | null

export const takeRefundsStepId = "take-refunds-of-canceled-lines"
/**
 * The refund owed for cancelled lines of an order, once its payment is captured (VietQR and card;
 * cash on delivery is collected for the edited order, nothing to give back). The lines are taken by a
 * conditional update, so the cancellation and the capture that may race it refund once between them;
 * undone by giving them back, when the provider refuses the refund.
 */
export const takeRefundsStep = createStep(
  takeRefundsStepId,
  async (input: { order_id: string }, { container }) => {
    const captured = await capturedPayment(container, input.order_id)
    if (!captured) return new StepResponse<RefundDue, string[]>(null, [])
    const taken = await producerOf(container).takeRefunds({ order_id: input.order_id })
    const amount = taken.reduce((sum, l) => sum + Number(l.value), 0)
    if (!amount) return new StepResponse<RefundDue, string[]>(null, [])
    const line_ids = taken.map((l) => l.id)
    return new StepResponse<RefundDue, string[]>({ payment_id: captured.id, amount, line_ids }, line_ids)
  },
  async (lineIds: string[] | undefined, { container }) => {
    if (lineIds?.length) await producerOf(container).giveBackRefunds(lineIds)
  },
)
