import { makeUpdateStep } from "../../common/make-update-step"
import type { RecordData, TradeService } from "../../common/records"

/** The fields of an agreement a step may change. */
export type AgreementChange = RecordData<TradeService["createAgreements"]>

export const changeAgreementStepId = "change-trade-agreement"
/** Applies a change of an agreement's fields after checking the move; undone by restoring them. */
export const changeAgreementStep = makeUpdateStep(
  changeAgreementStepId,
  (trade, id, select) => trade.retrieveAgreement(id, { select }),
  (trade, data: AgreementChange & { id: string }) => trade.updateAgreements(data),
)
