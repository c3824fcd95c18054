import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { TRADE_MODULE } from "../modules/trade/name"
import type TradeModuleService from "../modules/trade/service"

export type BusinessRecord = Awaited<ReturnType<TradeModuleService["retrieveBusiness"]>>

export const tradeService = (container: MedusaContainer) => container.resolve<TradeModuleService>(TRADE_MODULE)

/**
 * The business of the signed-in customer. Every portal route starts here and filters its queries
 * by the id it returns, so another business's record is simply not found (404), never forbidden.
 */
export async function myBusiness(req: AuthenticatedMedusaRequest): Promise<BusinessRecord | null> {
  const [business] = await tradeService(req.scope).listBusinesses(
    { customer_id: req.auth_context.actor_id },
    { take: 1 },
  )
  return business ?? null
}

/** As `myBusiness`, for routes that need a profile; with `verified`, one an official has verified. */
export async function requireBusiness(
  req: AuthenticatedMedusaRequest,
  { verified = false }: { verified?: boolean } = {},
): Promise<BusinessRecord> {
  const business = await myBusiness(req)
  if (!business)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This account has no business profile; register one first")
  if (verified && business.status !== "verified")
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      business.status === "rejected"
        ? "The OCOP office did not verify this business profile"
        : "The OCOP office has not verified this business profile yet",
    )
  return business
}

/**
 * The counterpart a business may meet: another business, verified by an official. A meeting request
 * and the free/busy view of a counterpart's slots both start here, so neither tells anything about a
 * pending or rejected profile (404, as for an unknown id).
 */
export async function meetableCounterpart(
  trade: TradeModuleService,
  myId: string,
  counterpartId: string,
): Promise<BusinessRecord> {
  if (counterpartId === myId)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "counterpart_id is your own business")
  const [counterpart] = await trade.listBusinesses({ id: counterpartId, status: "verified" }, { take: 1 })
  if (!counterpart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No verified business with id ${counterpartId}`)
  return counterpart
}

/** `$or` filter for records a business takes part in as either party. */
export const asParty = (id: string, a: string, b: string) => ({ $or: [{ [a]: id }, { [b]: id }] })

/** The one record a filter that includes the owner finds, or a 404 naming what was asked for. */
export async function ownedOr404<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${what}`)
  return row
}
