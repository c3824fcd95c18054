import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProducerList } from "@ocop/core"
import { producerHealth } from "../../../read-models/producer/health"
import { adminProducerViews } from "../../../read-models/producer/views"
import { producerOf } from "../../../workflows/producer/steps/producer-of"
import type { AdminListProducersType } from "./validators"

/**
 * GET /admin/producers?status=&limit=&offset= — a page of open producers, oldest first: subject,
 * access, members, owner, and health (catalogue gaps, 90 days of orders).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  const { status, limit, offset } = req.validatedQuery
  const producers = producerOf(req.scope)
  const [rows, [, count]] = await Promise.all([
    producers.producerRows({ status, limit, offset }),
    producers.listAndCountProducers(status ? { status } : {}, { select: ["id"], take: 1 }),
  ])
  const [views, health] = await Promise.all([adminProducerViews(req.scope, rows), producerHealth(req.scope, rows)])
  res.json({
    producers: views.map((v) => ({ ...v, health: health.get(v.id)! })),
    count,
    limit,
    offset,
  } satisfies AdminProducerList)
}
