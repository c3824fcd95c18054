import { makeCreateStep } from "../../common/make-create-step"
import type { RecordData, TradeService } from "../../common/records"

export const createAgreementsStepId = "create-trade-agreements"
/** Creates agreements; undone by deleting them. */
export const createAgreementsStep = makeCreateStep(
  createAgreementsStepId,
  (trade, data: RecordData<TradeService["createAgreements"]>[]) => trade.createAgreements(data),
  (trade, ids) => trade.deleteAgreements(ids),
)
