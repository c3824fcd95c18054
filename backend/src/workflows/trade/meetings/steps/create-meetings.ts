import { makeCreateStep } from "../../common/make-create-step"
import type { RecordData, TradeService } from "../../common/records"

export const createMeetingsStepId = "create-trade-meetings"
/** Creates meeting requests; undone by deleting them. */
export const createMeetingsStep = makeCreateStep(
  createMeetingsStepId,
  (trade, data: RecordData<TradeService["createMeetings"]>[]) => trade.createMeetings(data),
  (trade, ids) => trade.deleteMeetings(ids),
)
