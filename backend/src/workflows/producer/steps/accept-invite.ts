import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerEmail, inviteByToken, inviteState, producerOf } from "./producer-of"

export type AcceptInviteInput = { token: string; customer_id: string }

const REFUSALS = {
  used: "This invitation has been used already",
  revoked: "This invitation was revoked",
  expired: "This invitation has expired; ask the owner for a new one",
}

export const acceptProducerInviteStepId = "accept-producer-invite"
/**
 * The signed-in account accepts an invitation and acts for the producer as staff from then on.
 * A link that is not one (unknown id, wrong secret) is 404 alike; a real one that was used, revoked
 * or has expired says so; the account must be signed in with the address the invitation was sent
 * to (403 otherwise). Undone by removing the member and reopening the invitation.
 */
export const acceptProducerInviteStep = createStep(
  acceptProducerInviteStepId,
  async (input: AcceptInviteInput, { container }) => {
    const invite = await inviteByToken(container, input.token)
    const state = inviteState(invite)
    if (state !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSALS[state])
    const email = await customerEmail(container, input.customer_id)
    if (email !== invite.email)
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This invitation was sent to another e-mail address; sign in with that address to accept it",
      )
    const joined = await producerOf(container).spendInvite({
      invite_id: invite.id,
      customer_id: input.customer_id,
      email,
    })
    return new StepResponse(joined, { member_id: joined.member_id, invite_id: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers = producerOf(container)
    await producers.deleteProducerMembers([undo.member_id])
    await producers.updateProducerInvites({ id: undo.invite_id, accepted_at: null, accepted_by: null })
  },
)
