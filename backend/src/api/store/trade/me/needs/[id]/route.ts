import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownedOr404, requireBusiness, tradeService } from "../../../../../../lib/trade/access"
import { saveNeedWorkflow } from "../../../../../../workflows/trade/offers-needs"
import type { StoreSaveNeedType } from "../../../validators"

const ownNeed = (req: AuthenticatedMedusaRequest, businessId: string) =>
  ownedOr404(
    tradeService(req.scope).listNeeds({ id: req.params.id, business_id: businessId }, { take: 1 }),
    `need ${req.params.id}`,
  )

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  res.json({ need: await ownNeed(req, me.id) })
}

/** POST /store/trade/me/needs/:id — changes or closes one of the business's own needs. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveNeedType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const need = await ownNeed(req, me.id)
  const { result } = await saveNeedWorkflow(req.scope).run({
    input: { business_id: me.id, id: need.id, need: req.validatedBody },
  })
  res.json({ need: result })
}
