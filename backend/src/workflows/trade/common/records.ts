import type { MedusaContainer } from "@medusajs/framework/types"
import { TRADE_MODULE } from "../../../modules/trade/name"
import type TradeModuleService from "../../../modules/trade/service"

/** What a trade record step's own functions receive: the trade module, fully typed. */
export type TradeService = TradeModuleService

/**
 * The fields of one record as a generated `create…` method of the trade module takes them, read
 * off the method itself: a step's data is checked against the model it writes.
 */
export type RecordData<Method> = Method extends (data: (infer Data)[], ...rest: never[]) => unknown ? Data : never

/** The trade module from a step's container. */
export const tradeOf = (container: Pick<MedusaContainer, "resolve">) => container.resolve<TradeService>(TRADE_MODULE)

/**
 * The values a record held, before `data` was written, for the fields `data` names: what a
 * compensation writes back. `before` was retrieved with exactly those fields selected.
 */
export const previousValues = <Data extends object>(before: object, data: Data): Data =>
  Object.fromEntries(Object.keys(data).map((key) => [key, (before as Record<string, unknown>)[key]])) as Data
