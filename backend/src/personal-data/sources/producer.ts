import type { PersonalDataSource } from "../source"
import { erasedEmail } from "../erased"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/**
 * Acting for a producer: the membership (role, since when) and the invitations sent to the
 * account's address. On erasure the membership ends and its e-mail is replaced; invitations to the
 * address are revoked and lose it. The producer, its catalogue, orders and statements stay: they are
 * the co-operative's, not the person's (docs/compliance.md).
 */
export const producerSource: PersonalDataSource = {
  key: "producer",

  async collect(container, subject) {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [memberships, invites] = await Promise.all([
      producers.listProducerMembers({ customer_id: subject.customerId }),
      producers.listProducerInvites(
        { email: subject.email.trim().toLowerCase() },
        { select: ["id", "producer_id", "email", "locale", "expires_at", "accepted_at", "revoked_at", "created_at"] },
      ),
    ])
    return { memberships, invites }
  },

  async erase(container, subject) {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const gone = erasedEmail(subject.customerId)
    const memberships = await producers.listProducerMembers({ customer_id: subject.customerId }, { withDeleted: true })
    for (const m of memberships) {
      if (m.email !== gone) await producers.updateProducerMembers({ id: m.id, email: gone })
      if (!m.deleted_at) await producers.softDeleteProducerMembers([m.id])
    }
    const invites = await producers.listProducerInvites({ email: subject.email.trim().toLowerCase() })
    const now = new Date()
    for (const i of invites) {
      await producers.updateProducerInvites({ id: i.id, email: gone, revoked_at: i.revoked_at ?? now })
    }
  },
}
