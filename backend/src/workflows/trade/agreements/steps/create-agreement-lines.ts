import { makeCreateStep } from "../../common/make-create-step"
import type { RecordData, TradeService } from "../../common/records"

export const createAgreementLinesStepId = "create-trade-agreement-lines"
/** Creates the priced product lines of agreements; undone by deleting them. */
export const createAgreementLinesStep = makeCreateStep(
  createAgreementLinesStepId,
  (trade, data: RecordData<TradeService["createAgreementLines"]>[]) => trade.createAgreementLines(data),
  (trade, ids) => trade.deleteAgreementLines(ids),
)
