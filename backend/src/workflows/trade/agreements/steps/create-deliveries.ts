import { makeCreateStep } from "../../common/make-create-step"
import type { RecordData, TradeService } from "../../common/records"

export const createDeliveriesStepId = "create-trade-deliveries"
/** Records deliveries against contracts; undone by deleting them. */
export const createDeliveriesStep = makeCreateStep(
  createDeliveriesStepId,
  (trade, data: RecordData<TradeService["createDeliveries"]>[]) => trade.createDeliveries(data),
  (trade, ids) => trade.deleteDeliveries(ids),
)
