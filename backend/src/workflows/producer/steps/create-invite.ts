import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_INVITE_LIMITS } from "@ocop/core"
import { inviteToken, newInviteSecret } from "../../../access/producer-invite-token"
import { producerOf } from "./producer-of"

export type CreateInviteInput = { producer_id: string; email: string; locale: "vi" | "en"; invited_by: string }

const DAY = 86_400_000

export const createProducerInviteStepId = "create-producer-invite"
/**
 * Invites an e-mail address to act for the producer as staff: a new link (7 days) replaces any
 * pending one for that address, so "send again" is the same request. Refused for an address that
 * already acts for the producer, and past the limits on pending invitations and members. Returns
 * the invitation and its token, which leaves only in the e-mail. Undone by deleting it and
 * reopening the invitations it replaced.
 */
export const createProducerInviteStep = createStep(
  createProducerInviteStepId,
  async (input: CreateInviteInput, { container }) => {
    const producers = producerOf(container)
    const email = input.email.trim().toLowerCase()
    const [members, pending] = await Promise.all([
      producers.listProducerMembers({ producer_id: input.producer_id }, { select: ["id", "email"], take: null }),
      producers.listProducerInvites(
        { producer_id: input.producer_id, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
        { select: ["id", "email"], take: null },
      ),
    ])
    if (members.some((m) => m.email === email))
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email already acts for this producer")
    const replaced = pending.filter((i) => i.email === email).map((i) => i.id)
    if (pending.length - replaced.length >= PRODUCER_INVITE_LIMITS.pending)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `At most ${PRODUCER_INVITE_LIMITS.pending} invitations may wait at once; revoke some first`,
      )
    if (members.length >= PRODUCER_INVITE_LIMITS.members)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A producer has at most ${PRODUCER_INVITE_LIMITS.members} members`,
      )
    if (replaced.length)
      await producers.updateProducerInvites({ selector: { id: replaced }, data: { revoked_at: new Date() } })
    const { secret, hash } = newInviteSecret()
    const invite = await producers.createProducerInvites({
      producer_id: input.producer_id,
      email,
      token_hash: hash,
      locale: input.locale,
      expires_at: new Date(Date.now() + PRODUCER_INVITE_LIMITS.days * DAY),
      invited_by: input.invited_by,
    })
    return new StepResponse({ invite, token: inviteToken(invite.id, secret) }, { id: invite.id, replaced })
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers = producerOf(container)
    await producers.deleteProducerInvites([undo.id])
    if (undo.replaced.length)
      await producers.updateProducerInvites({ selector: { id: undo.replaced }, data: { revoked_at: null } })
  },
)
