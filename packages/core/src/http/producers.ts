import type { CatalogueHealth, HealthConcern, OrderPerformance } from "../producer-health"
import type { ProducerRole, ProducerStatus } from "../producers"

/**
 * Responses of the producer workspace (`/store/producer/*`, `/store/producer-invites/*`) and of the
 * officials' producers API (`/admin/producers/*`). Dates are ISO strings.
 */

/** One person acting for the producer; `you` marks the signed-in account. */
export type ProducerMemberView = { id: string; email: string; role: ProducerRole; joined_at: string; you: boolean }
/** An invitation not yet accepted, revoked or expired. */
export type ProducerInviteView = {
  id: string
  email: string
  locale: "vi" | "en"
  expires_at: string
  created_at: string
}

/** GET /store/producer: the producer, the caller's role, its members and pending invitations. */
export type ProducerWorkspace = {
  producer: { id: string; name: string; status: ProducerStatus }
  role: ProducerRole
  members: ProducerMemberView[]
  invites: ProducerInviteView[]
}
export type ProducerWorkspaceResponse = { workspace: ProducerWorkspace }
/** POST /store/producer/invites */
export type ProducerInviteResponse = { invite: ProducerInviteView }
/** Whether an invitation can still be accepted, or why not. */
export type ProducerInviteState = "pending" | "used" | "revoked" | "expired"
/**
 * POST /store/producer-invites/preview: what a link offers, before accepting it: the producer, the
 * invitation's state, and whether the signed-in account holds the invited address (never the address).
 */
export type ProducerInvitePreview = {
  producer: { name: string }
  state: ProducerInviteState
  for_you: boolean
  expires_at: string
}
/** POST /store/producer-invites/accept: the producer the account now acts for. */
export type ProducerJoinResponse = { producer: { id: string; name: string }; role: ProducerRole }

/** The 403 every workspace route answers while an official has suspended the producer's access. */
export type ProducerSuspendedRefusal = {
  type: "not_allowed"
  code: "producer_suspended"
  message: string
  producer: { name: string }
  reason: string
  suspended_at: string
}

/** A producer as officials list it. */
export type AdminProducerView = {
  id: string
  subject_id: string
  subject_name: string
  business_id: string
  status: ProducerStatus
  suspension_reason: string | null
  suspended_at: string | null
  members_count: number
  owner_email: string | null
  created_at: string
}
/** Its catalogue's gaps, its orders of the last 90 days, and what of it an official should look at. */
export type AdminProducerHealth = { catalogue: CatalogueHealth; orders: OrderPerformance; concerns: HealthConcern[] }
/** GET /admin/producers: a page of producers, each with its health. */
export type AdminProducerList = {
  producers: (AdminProducerView & { health: AdminProducerHealth })[]
  count: number
  limit: number
  offset: number
}
/** POST /admin/producers/:id/suspend, /restore */
export type AdminProducerResponse = { producer: AdminProducerView }
