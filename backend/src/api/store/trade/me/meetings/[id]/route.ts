import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MeetingResponse } from "@ocop/core"
import { asParty, ownedOr404, requireBusiness, tradeService } from "../../../../../../access/trade"
import { companyNames, meetingView } from "../../../../../../read-models/trade/views"

/** A meeting the business takes part in, or a 404. */
export const ownMeeting = (req: AuthenticatedMedusaRequest, businessId: string) =>
  ownedOr404(
    tradeService(req.scope).listMeetings({
      id: req.params.id,
      ...asParty(businessId, "requester_id", "counterpart_id"),
    }),
    `meeting ${req.params.id}`,
  )

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const meeting = await ownMeeting(req, me.id)
  const names = await companyNames(tradeService(req.scope), [meeting.requester_id, meeting.counterpart_id])
  res.json({ meeting: meetingView(meeting, me.id, names) } satisfies MeetingResponse)
}
