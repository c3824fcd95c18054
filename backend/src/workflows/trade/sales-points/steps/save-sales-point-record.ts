import { makeSaveStep } from "../../common/make-save-step"
import type { RecordData, TradeService } from "../../common/records"

export const saveSalesPointRecordStepId = "save-sales-point-record"
/** Creates a sales point, or updates it when `id` is given; undone by deleting it or restoring its fields. */
export const saveSalesPointRecordStep = makeSaveStep(saveSalesPointRecordStepId, {
  create: (trade, data: RecordData<TradeService["createSalesPoints"]>) => trade.createSalesPoints(data),
  retrieve: (trade, id, select) => trade.retrieveSalesPoint(id, { select }),
  update: (trade, data) => trade.updateSalesPoints(data),
  remove: (trade, ids) => trade.deleteSalesPoints(ids),
})
