import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProducerList } from "@ocop/core"
import { adminProducerViews } from "../../../read-models/producer/views"
import { producerOf } from "../../../workflows/producer/steps/producer-of"
import type { AdminListProducersType } from "./validators"

/** GET /admin/producers?status= — every open producer: its subject, access, members and owner. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  const rows = await producerOf(req.scope).producerRows({ status: req.validatedQuery.status })
  res.json({ producers: await adminProducerViews(req.scope, rows) } satisfies AdminProducerList)
}
