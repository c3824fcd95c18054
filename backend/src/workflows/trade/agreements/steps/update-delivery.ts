import { makeUpdateStep } from "../../common/make-update-step"
import type { RecordData, TradeService } from "../../common/records"

export const updateDeliveryStepId = "update-trade-delivery"
/** Changes fields of a delivery (its confirmation); undone by writing back the values they held. */
export const updateDeliveryStep = makeUpdateStep(
  updateDeliveryStepId,
  (trade, id, select) => trade.retrieveDelivery(id, { select }),
  (trade, data: RecordData<TradeService["createDeliveries"]> & { id: string }) => trade.updateDeliveries(data),
)
