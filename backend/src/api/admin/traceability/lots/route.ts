import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sent, type LotCreatedResponse, type LotList } from "@ocop/core"
import { createLotWorkflow } from "../../../../workflows/traceability/create-lot"
import { lotSummaries } from "../../../../read-models/traceability/admin-summaries"
import type { AdminCreateLotType, AdminListLotsType } from "../validators"

/** GET /admin/traceability/lots?product_id= — lots, newest first, with their serial and scan figures. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListLotsType>, res: MedusaResponse) {
  const { product_id, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "lot",
    fields: ["id", "product_id", "variant_id", "code", "produced_on", "expires_on", "quantity", "origin", "created_at"],
    filters: product_id ? { product_id } : {},
    pagination: { take: limit, skip: offset, order: { produced_on: "DESC" } },
  })
  res.json({
    lots: sent(await lotSummaries(req.scope, data)),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  } satisfies LotList)
}

/** POST /admin/traceability/lots — a new lot, optionally with `serials` unit serials for labels. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateLotType>, res: MedusaResponse) {
  const { result } = await createLotWorkflow(req.scope).run({ input: req.validatedBody })
  res
    .status(201)
    .json({ lot: sent(result.lot), serials_issued: result.serials?.length ?? 0 } satisfies LotCreatedResponse)
}
