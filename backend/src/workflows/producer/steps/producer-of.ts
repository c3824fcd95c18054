import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
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
