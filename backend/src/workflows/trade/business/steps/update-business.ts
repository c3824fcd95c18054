import { makeUpdateStep } from "../../common/make-update-step"
import type { RecordData, TradeService } from "../../common/records"

export const updateBusinessStepId = "update-trade-business"
/** Changes fields of a business; undone by writing back the values they held. */
export const updateBusinessStep = makeUpdateStep(
  updateBusinessStepId,
  (trade, id, select) => trade.retrieveBusiness(id, { select }),
  (trade, data: RecordData<TradeService["createBusinesses"]> & { id: string }) => trade.updateBusinesses(data),
)
