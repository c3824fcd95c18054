import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "../../producer/steps/producer-of"
import { monthStatements } from "./compute-month"

export type PayStatementInput = { id: string; reference: string; by: string }

export const payStatementStepId = "pay-producer-statement"
/**
 * Records a statement paid: its figures computed once more from the orders at that moment (so what
 * is recorded paid is what the orders say), then frozen with the transfer's reference. 404 for an
 * unknown statement, 409 when paid already.
 */
export const payStatementStep = createStep(payStatementStepId, async (input: PayStatementInput, { container }) => {
  const producers = producerOf(container)
  const [statement] = await producers.listProducerStatements({ id: input.id }, { take: 1 })
  if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such statement")
  if (statement.status === "paid")
    throw new MedusaError(MedusaError.Types.CONFLICT, `This statement was paid on ${statement.paid_at?.toISOString()}`)
  const [figures] = await monthStatements(container, statement.month, statement.producer_id)
  const paid = await producers.payStatement({
    id: input.id,
    reference: input.reference,
    by: input.by,
    figures: figures ?? { ...statement, producer_id: statement.producer_id },
  })
  if (!paid) throw new MedusaError(MedusaError.Types.CONFLICT, "This statement has just been paid")
  return new StepResponse(paid)
})
