import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type RecordProposalInput = {
  producer_id: string
  product_id: string
  actor: { id: string; label: string }
}

/** Records who proposed the product, for officials' list of proposals; undone by deleting it. */
export const recordProposalStep = createStep(
  "record-producer-proposal",
  async (input: RecordProposalInput, { container }) => {
    const proposal = await producerOf(container).createProducerProposals({
      producer_id: input.producer_id,
      product_id: input.product_id,
      proposed_by_id: input.actor.id,
      proposed_by: input.actor.label,
    })
    return new StepResponse(proposal, proposal.id)
  },
  async (id, { container }) => {
    if (id) await producerOf(container).deleteProducerProposals(id)
  },
)
