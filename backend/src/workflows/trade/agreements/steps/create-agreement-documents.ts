import { makeCreateStep } from "../../common/make-create-step"
import type { RecordData, TradeService } from "../../common/records"

export const createAgreementDocumentsStepId = "create-trade-agreement-documents"
/** Records stored PDFs on their agreements; undone by deleting the records. */
export const createAgreementDocumentsStep = makeCreateStep(
  createAgreementDocumentsStepId,
  (trade, data: RecordData<TradeService["createAgreementDocuments"]>[]) => trade.createAgreementDocuments(data),
  (trade, ids) => trade.deleteAgreementDocuments(ids),
)
