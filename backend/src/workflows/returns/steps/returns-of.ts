import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { RETURN_REQUEST_MODULE } from "../../../modules/return-request/name"
import type ReturnRequestModuleService from "../../../modules/return-request/service"

/** The returns module from a step's (or a route's) container. */
export const returnsOf = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<ReturnRequestModuleService>(RETURN_REQUEST_MODULE)

/** Who may act on a return: a producer on its own, a shopper on its order's, an official on any. */
export type ReturnOwner = { producer_id?: string; order_id?: string }

/**
 * A return the caller may act on, with its lines; another's is the 404 of an unknown id, the owner
 * being part of the query.
 */
export async function ownReturn(container: Pick<MedusaContainer, "resolve">, id: string, owner: ReturnOwner) {
  const [found] = await returnsOf(container).listReturnRequests(
    {
      id,
      ...(owner.producer_id ? { producer_id: owner.producer_id } : {}),
      ...(owner.order_id ? { order_id: owner.order_id } : {}),
    },
    { take: 1, relations: ["lines"] },
  )
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such return")
  return found
}
