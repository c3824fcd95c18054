import { makeSaveStep } from "../../common/make-save-step"
import type { RecordData, TradeService } from "../../common/records"

export const saveExhibitorRecordStepId = "save-trade-exhibitor-record"
/** Creates an exhibitor, or updates it when `id` is given; undone by deleting it or restoring its fields. */
export const saveExhibitorRecordStep = makeSaveStep(saveExhibitorRecordStepId, {
  create: (trade, data: RecordData<TradeService["createExhibitors"]>) => trade.createExhibitors(data),
  retrieve: (trade, id, select) => trade.retrieveExhibitor(id, { select }),
  update: (trade, data) => trade.updateExhibitors(data),
  remove: (trade, ids) => trade.deleteExhibitors(ids),
})
