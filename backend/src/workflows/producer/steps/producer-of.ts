import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerInviteState } from "@ocop/core"
import { readInviteToken, secretMatches } from "../../../access/producer-invite-token"
import { PRODUCER_MODULE } from "../../../modules/producer/name"
import type ProducerModuleService from "../../../modules/producer/service"

/** The producer module from a step's (or a route's) container. */
export const producerOf = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<ProducerModuleService>(PRODUCER_MODULE)

/** A customer account's e-mail, lower-cased and trimmed as invitations keep theirs. */
export async function customerEmail(container: Pick<MedusaContainer, "resolve">, customerId: string): Promise<string> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  const email = (data[0] as { email?: string | null } | undefined)?.email
  if (!email) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customerId} has no e-mail address`)
  return email.trim().toLowerCase()
}

/**
 * The invitation a link's token opens: its id finds the row, its secret must match the stored hash
 * (in constant time). A token that is not one (unknown id, wrong secret, wrong shape) is 404 alike.
 */
export async function inviteByToken(container: Pick<MedusaContainer, "resolve">, token: string) {
  const read = readInviteToken(token)
  const [invite] = read ? await producerOf(container).listProducerInvites({ id: read.id }, { take: 1 }) : []
  if (!read || !invite || !secretMatches(read.secret, invite.token_hash))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is not valid")
  return invite
}

/** Whether an invitation can still be accepted, or why not. */
export function inviteState(invite: {
  accepted_at: Date | string | null
  revoked_at: Date | string | null
  expires_at: Date | string
}): ProducerInviteState {
  if (invite.accepted_at) return "used"
  if (invite.revoked_at) return "revoked"
  return new Date(invite.expires_at).getTime() <= Date.now() ? "expired" : "pending"
}
