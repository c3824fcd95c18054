import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MeetingResponse } from "@ocop/core"
import { requireBusiness, tradeService } from "../../../../../../../access/trade"
import { companyNames, meetingView } from "../../../../../../../read-models/trade/views"
import { saveMeetingNotesWorkflow } from "../../../../../../../workflows/trade/meetings/save-meeting-notes"
import { ownMeeting } from "../route"

/** POST /store/trade/me/meetings/:id/notes — the business's own notes on the meeting's outcome. */
export async function POST(req: AuthenticatedMedusaRequest<{ notes: string }>, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const meeting = await ownMeeting(req, me.id)
  const field = meeting.requester_id === me.id ? "requester_notes" : "counterpart_notes"
  await saveMeetingNotesWorkflow(req.scope).run({
    input: { meeting_id: meeting.id, field, notes: req.validatedBody.notes },
  })
  const names = await companyNames(tradeService(req.scope), [meeting.requester_id, meeting.counterpart_id])
  res.json({
    meeting: meetingView(await tradeService(req.scope).retrieveMeeting(meeting.id), me.id, names),
  } satisfies MeetingResponse)
}
