import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type NeedList, type NeedResponse } from "@ocop/core"
import { requireBusiness, tradeService } from "../../../../../access/trade"
import { saveNeedWorkflow } from "../../../../../workflows/trade/offers-needs/save-need"
import type { StoreSaveNeedType } from "../../validators"

/** GET /store/trade/me/needs — the business's own needs. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const needs = await tradeService(req.scope).listNeeds(
    { business_id: me.id },
    { take: null, order: { created_at: "DESC" } },
  )
  res.json({ needs: sent(needs) } satisfies NeedList)
}

/** POST /store/trade/me/needs — a buyer posts what it wants to buy. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveNeedType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const { result } = await saveNeedWorkflow(req.scope).run({ input: { business_id: me.id, need: req.validatedBody } })
  res.status(201).json({ need: sent(result) } satisfies NeedResponse)
}
