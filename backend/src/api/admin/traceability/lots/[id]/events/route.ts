import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type JourneyEventResponse } from "@ocop/core"
import { addJourneyEventWorkflow } from "../../../../../../workflows/traceability/add-journey-event"
import type { AdminAddJourneyEventType } from "../../../validators"

/** POST /admin/traceability/lots/:id/events — a step of the lot's journey. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddJourneyEventType>, res: MedusaResponse) {
  const { result } = await addJourneyEventWorkflow(req.scope).run({
    input: { ...req.validatedBody, lot_id: req.params.id },
  })
  res.status(201).json({ event: sent(result) } satisfies JourneyEventResponse)
}
