import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MeetingList, MeetingResponse } from "@ocop/core"
import { asParty, requireBusiness, tradeService } from "../../../../../access/trade"
import { answeringConflicts } from "../../../../answering-conflicts"
import { companyNames, meetingView } from "../../../../../read-models/trade/views"
import { requestMeetingWorkflow } from "../../../../../workflows/trade/meetings/request-meeting"
import type { StoreRequestMeetingType } from "../../validators"

/** GET /store/trade/me/meetings — the business's agenda: its meetings as either party, by slot. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const trade = tradeService(req.scope)
  const meetings = await trade.listMeetings(asParty(me.id, "requester_id", "counterpart_id"), {
    take: null,
    order: { slot_start: "ASC" },
  })
  const names = await companyNames(
    trade,
    meetings.flatMap((m) => [m.requester_id, m.counterpart_id]),
  )
  res.json({ meetings: meetings.map((m) => meetingView(m, me.id, names)) } satisfies MeetingList)
}

/** POST /store/trade/me/meetings — asks another business for a meeting in one slot of a fair. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestMeetingType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  await answeringConflicts(res, async () => {
    const { result } = await requestMeetingWorkflow(req.scope).run({
      input: { business_id: me.id, request: req.validatedBody },
    })
    const meeting = await tradeService(req.scope).retrieveMeeting(result.id)
    const names = await companyNames(tradeService(req.scope), [meeting.counterpart_id])
    res.status(201).json({ meeting: meetingView(meeting, me.id, names) } satisfies MeetingResponse)
  })
}
