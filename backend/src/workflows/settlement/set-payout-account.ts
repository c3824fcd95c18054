import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "../producer/steps/producer-of"

export type SetPayoutAccountInput = {
  producer_id: string
  bank_bin: string
  account_number: string
  account_holder: string
  by: string
}

const setPayoutAccountStep = createStep(
  "set-producer-payout-account",
  async (input: SetPayoutAccountInput, { container }) => {
    const producers = producerOf(container)
    const [existing] = await producers.listProducerPayoutAccounts({ producer_id: input.producer_id })
    const values = {
      bank_bin: input.bank_bin,
      account_number: input.account_number,
      account_holder: input.account_holder,
      updated_by_id: input.by,
    }
    const saved = existing
      ? await producers.updateProducerPayoutAccounts({ id: existing.id, ...values })
      : await producers.createProducerPayoutAccounts({ producer_id: input.producer_id, ...values })
    return new StepResponse(saved, existing ?? { created: saved.id })
  },
  async (before, { container }) => {
    if (!before) return
    const producers = producerOf(container)
    if ("created" in before) await producers.deleteProducerPayoutAccounts(before.created as string)
    else await producers.updateProducerPayoutAccounts(before)
  },
)

/** The producer's owner sets the account the operator pays it into (one per producer). */
export const setPayoutAccountWorkflow = createWorkflow(
  "set-producer-payout-account",
  (input: SetPayoutAccountInput) => {
    return new WorkflowResponse(setPayoutAccountStep(input))
  },
)
