import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerEmail, producerOf } from "./producer-of"

export type SyncProducerInput = { business_id: string; subject_id: string | null; customer_id: string }
type Undo = {
  created: { producer: string; member: string } | null
  closed: { producers: string[]; members: string[]; invites: string[] }
}

export const syncProducerStepId = "sync-producer-of-business"
/**
 * Keeps a business account's producer in step with its review: verified for an OCOP subject, the
 * account's customer becomes the owner of that subject's producer; rejected, released or tied to
 * another subject, the producer it had is closed with its members and invitations. Undone by
 * deleting what it opened and restoring what it closed.
 */
export const syncProducerStep = createStep(
  syncProducerStepId,
  async (input: SyncProducerInput, { container }) => {
    const producers = producerOf(container)
    const open = await producers.listProducers({ business_id: input.business_id }, { take: null })
    const keep = open.find((p) => p.subject_id === input.subject_id)
    const closing = open.filter((p) => p !== keep).map((p) => p.id)
    const undo: Undo = { created: null, closed: { producers: closing, members: [], invites: [] } }
    if (closing.length) {
      const [members, invites] = await Promise.all([
        producers.listProducerMembers({ producer_id: closing }, { select: ["id"], take: null }),
        producers.listProducerInvites({ producer_id: closing }, { select: ["id"], take: null }),
      ])
      undo.closed.members = members.map((m) => m.id)
      undo.closed.invites = invites.map((i) => i.id)
      if (undo.closed.members.length) await producers.softDeleteProducerMembers(undo.closed.members)
      if (undo.closed.invites.length) await producers.softDeleteProducerInvites(undo.closed.invites)
      await producers.softDeleteProducers(closing)
    }
    if (input.subject_id && !keep) {
      const [elsewhere] = await producers.listProducerMembers({ customer_id: input.customer_id }, { take: 1 })
      if (elsewhere)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          "The account already acts for another producer as staff; that producer's owner must remove it first",
        )
      const producer = await producers.createProducers({ subject_id: input.subject_id, business_id: input.business_id })
      const owner = await producers.createProducerMembers({
        producer_id: producer.id,
        customer_id: input.customer_id,
        email: await customerEmail(container, input.customer_id),
        role: "owner",
      })
      undo.created = { producer: producer.id, member: owner.id }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const producers = producerOf(container)
    if (undo.created) {
      await producers.deleteProducerMembers([undo.created.member])
      await producers.deleteProducers([undo.created.producer])
    }
    const { producers: ids, members, invites } = undo.closed
    if (ids.length) {
      await producers.restoreProducers(ids)
      if (members.length) await producers.restoreProducerMembers(members)
      if (invites.length) await producers.restoreProducerInvites(invites)
    }
  },
)
