import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerSuspendedMessage, type ProducerSuspendedRefusal } from "@ocop/core"
import type { Membership } from "../modules/producer/service"
import { producerOf } from "../workflows/producer/steps/producer-of"

/** The OCOP subjects' names by id (OCOP plugin), for the pages and the e-mails. */
export async function subjectNames(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "subject", fields: ["id", "name"], filters: { id: ids } })
  return new Map((data as { id: string; name: string }[]).map((s) => [s.id, s.name]))
}

const MEMBERSHIP = "producerMembership"

/**
 * The guard of `/store/producer/*`, after `authenticate`: finds the signed-in account's membership
 * and its producer's access in one query, on every request. No membership is 403; a suspended
 * producer is 403 with the official's reason; so a removed member or a suspension counts from the
 * very next request. Routes then act only for `producerMembership(res).producer_id`.
 */
export async function producerGuard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!customerId) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  const membership = await producerOf(req.scope).membershipOf(customerId)
  if (!membership) return next(new MedusaError(MedusaError.Types.FORBIDDEN, "This account does not act for a producer"))
  if (membership.status === "suspended") {
    const name = (await subjectNames(req.scope, [membership.subject_id])).get(membership.subject_id) ?? ""
    const reason = membership.suspension_reason ?? ""
    res.status(403).json({
      type: "not_allowed",
      code: "producer_suspended",
      message: producerSuspendedMessage(reason),
      producer: { name },
      reason,
      suspended_at: new Date(membership.suspended_at ?? Date.now()).toISOString(),
    } satisfies ProducerSuspendedRefusal)
    return
  }
  res.locals[MEMBERSHIP] = membership
  next()
}

/** The membership the guard found for this request. */
export function producerMembership(res: MedusaResponse): Membership {
  const membership = res.locals[MEMBERSHIP] as Membership | undefined
  if (!membership) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return membership
}

/** As `producerMembership`, for what only the owner may do (`what`: invite or remove staff, set the payout account). */
export function producerOwner(res: MedusaResponse, what = "invite or remove staff"): Membership {
  const membership = producerMembership(res)
  if (membership.role !== "owner")
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only the producer's owner can ${what}`)
  return membership
}
