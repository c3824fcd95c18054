import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminProducerView, ProducerInviteView, ProducerWorkspace } from "@ocop/core"
import { subjectNames } from "../../access/producer"
import type { Membership, ProducerRow } from "../../modules/producer/service"
import { producerOf } from "../../workflows/producer/steps/producer-of"

const iso = (d: Date | string) => new Date(d).toISOString()

type InviteRecord = {
  id: string
  email: string
  locale: "vi" | "en"
  expires_at: Date | string
  created_at: Date | string
}
export const inviteView = (i: InviteRecord): ProducerInviteView => ({
  id: i.id,
  email: i.email,
  locale: i.locale,
  expires_at: iso(i.expires_at),
  created_at: iso(i.created_at),
})

/** The workspace as the member sees it: its producer, its role, the members and the pending invitations. */
export async function workspaceView(container: MedusaContainer, membership: Membership): Promise<ProducerWorkspace> {
  const producers = producerOf(container)
  const [members, invites, names] = await Promise.all([
    producers.listProducerMembers(
      { producer_id: membership.producer_id },
      { order: { created_at: "ASC" }, take: null },
    ),
    producers.listProducerInvites(
      { producer_id: membership.producer_id, accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } },
      { order: { created_at: "ASC" }, take: null },
    ),
    subjectNames(container, [membership.subject_id]),
  ])
  return {
    producer: { id: membership.producer_id, name: names.get(membership.subject_id) ?? "", status: membership.status },
    role: membership.role,
    members: members
      .map((m) => ({
        id: m.id,
        email: m.email,
        role: m.role,
        joined_at: iso(m.created_at),
        you: m.id === membership.member_id,
      }))
      .sort((a, b) => Number(b.role === "owner") - Number(a.role === "owner")),
    invites: invites.map(inviteView),
  }
}

/** Producers as officials list them, named by their OCOP subjects. */
export async function adminProducerViews(
  container: MedusaContainer,
  rows: ProducerRow[],
): Promise<AdminProducerView[]> {
  const names = await subjectNames(container, [...new Set(rows.map((r) => r.subject_id))])
  return rows.map((r) => ({
    id: r.id,
    subject_id: r.subject_id,
    subject_name: names.get(r.subject_id) ?? r.subject_id,
    business_id: r.business_id,
    status: r.status,
    suspension_reason: r.suspension_reason,
    suspended_at: r.suspended_at ? iso(r.suspended_at) : null,
    members_count: Number(r.members_count),
    owner_email: r.owner_email,
    created_at: iso(r.created_at),
  }))
}
