import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readInviteToken, secretMatches } from "../../../access/producer-invite-token"
import { customerEmail, producerOf } from "./producer-of"

export type AcceptInviteInput = { token: string; customer_id: string }

const invalid = () => new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid")

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
    const producers = producerOf(container)
    const token = readInviteToken(input.token)
    if (!token) throw invalid()
    const [invite] = await producers.listProducerInvites({ id: token.id }, { take: 1 })
    if (!invite || !secretMatches(token.secret, invite.token_hash)) throw invalid()
    if (invite.accepted_at)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has been used already")
    if (invite.revoked_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation was revoked")
    if (new Date(invite.expires_at).getTime() <= Date.now())
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired; ask the owner for a new one")
    const email = await customerEmail(container, input.customer_id)
    if (email !== invite.email)
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This invitation was sent to another e-mail address; sign in with that address to accept it",
      )
    const joined = await producers.spendInvite({ invite_id: invite.id, customer_id: input.customer_id, email })
    return new StepResponse(joined, { member_id: joined.member_id, invite_id: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers = producerOf(container)
    await producers.deleteProducerMembers([undo.member_id])
    await producers.updateProducerInvites({ id: undo.invite_id, accepted_at: null, accepted_by: null })
  },
)
