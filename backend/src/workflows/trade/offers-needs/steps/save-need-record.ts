import { makeSaveStep } from "../../common/make-save-step"
import type { RecordData, TradeService } from "../../common/records"

export const saveNeedRecordStepId = "save-trade-need-record"
/** Creates a need, or updates it when `id` is given; undone by deleting it or restoring its fields. */
export const saveNeedRecordStep = makeSaveStep(saveNeedRecordStepId, {
  create: (trade, data: RecordData<TradeService["createNeeds"]>) => trade.createNeeds(data),
  retrieve: (trade, id, select) => trade.retrieveNeed(id, { select }),
  update: (trade, data) => trade.updateNeeds(data),
  remove: (trade, ids) => trade.deleteNeeds(ids),
})
