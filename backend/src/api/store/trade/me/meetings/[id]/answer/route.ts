import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MeetingResponse } from "@ocop/core"
import { requireBusiness, tradeService } from "../../../../../../../access/trade"
import { answeringConflicts } from "../../../../../../answering-conflicts"
import { companyNames, meetingView } from "../../../../../../../read-models/trade/views"
import { answerMeetingWorkflow } from "../../../../../../../workflows/trade/meetings/answer-meeting"
import { ownMeeting } from "../route"

/**
 * POST /store/trade/me/meetings/:id/answer {answer: accept|decline|cancel} — the business asked
 * accepts (booking the slot for both and a table, 409 if either is taken) or declines; either
 * party cancels.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ answer: "accept" | "decline" | "cancel" }>,
  res: MedusaResponse,
) {
  const me = await requireBusiness(req, { verified: true })
  const meeting = await ownMeeting(req, me.id)
  await answeringConflicts(res, async () => {
    const { result } = await answerMeetingWorkflow(req.scope).run({
      input: { business_id: me.id, meeting_id: meeting.id, answer: req.validatedBody.answer },
    })
    const names = await companyNames(tradeService(req.scope), [result.requester_id, result.counterpart_id])
    res.json({ meeting: meetingView(result, me.id, names) } satisfies MeetingResponse)
  })
}
