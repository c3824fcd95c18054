import { makeUpdateStep } from "../../common/make-update-step"
import type { RecordData, TradeService } from "../../common/records"

export const updateMeetingStepId = "update-trade-meeting"
/** Changes fields of a meeting; undone by writing back the values they held. */
export const updateMeetingStep = makeUpdateStep(
  updateMeetingStepId,
  (trade, id, select) => trade.retrieveMeeting(id, { select }),
  (trade, data: RecordData<TradeService["createMeetings"]> & { id: string }) => trade.updateMeetings(data),
)
