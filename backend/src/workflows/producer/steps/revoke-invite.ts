import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "./producer-of"

export type RevokeInviteInput = { producer_id: string; invite_id: string }

export const revokeProducerInviteStepId = "revoke-producer-invite"
/** The owner revokes a pending invitation of its own producer: its link stops working. Undone by reopening it. */
export const revokeProducerInviteStep = createStep(
  revokeProducerInviteStepId,
  async (input: RevokeInviteInput, { container }) => {
    const producers = producerOf(container)
    const [invite] = await producers.listProducerInvites({
      id: input.invite_id,
      producer_id: input.producer_id,
      accepted_at: null,
      revoked_at: null,
    })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pending invitation ${input.invite_id}`)
    await producers.updateProducerInvites({ id: invite.id, revoked_at: new Date() })
    return new StepResponse(invite.id, invite.id)
  },
  async (id, { container }) => {
    if (id) await producerOf(container).updateProducerInvites({ id, revoked_at: null })
  },
)
