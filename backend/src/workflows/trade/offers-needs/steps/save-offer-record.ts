import { makeSaveStep } from "../../common/make-save-step"
import type { RecordData, TradeService } from "../../common/records"

export const saveOfferRecordStepId = "save-trade-offer-record"
/** Creates an offer, or updates it when `id` is given; undone by deleting it or restoring its fields. */
export const saveOfferRecordStep = makeSaveStep(saveOfferRecordStepId, {
  create: (trade, data: RecordData<TradeService["createOffers"]>) => trade.createOffers(data),
  retrieve: (trade, id, select) => trade.retrieveOffer(id, { select }),
  update: (trade, data) => trade.updateOffers(data),
  remove: (trade, ids) => trade.deleteOffers(ids),
})
