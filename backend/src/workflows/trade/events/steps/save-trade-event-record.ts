import { makeSaveStep } from "../../common/make-save-step"
import type { RecordData, TradeService } from "../../common/records"

export const saveTradeEventRecordStepId = "save-trade-event-record"
/** Creates a trade event, or updates it when `id` is given; undone by deleting it or restoring its fields. */
export const saveTradeEventRecordStep = makeSaveStep(saveTradeEventRecordStepId, {
  create: (trade, data: RecordData<TradeService["createTradeEvents"]>) => trade.createTradeEvents(data),
  retrieve: (trade, id, select) => trade.retrieveTradeEvent(id, { select }),
  update: (trade, data) => trade.updateTradeEvents(data),
  remove: (trade, ids) => trade.deleteTradeEvents(ids),
})
