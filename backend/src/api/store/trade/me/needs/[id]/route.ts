import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type NeedResponse } from "@ocop/core"
import { ownedOr404, requireBusiness, tradeService } from "../../../../../../access/trade"
import { saveNeedWorkflow } from "../../../../../../workflows/trade/offers-needs/save-need"
import type { StoreSaveNeedType } from "../../../validators"

const ownNeed = (req: AuthenticatedMedusaRequest, businessId: string) =>
  ownedOr404(
    tradeService(req.scope).listNeeds({ id: req.params.id, business_id: businessId }, { take: 1 }),
    `need ${req.params.id}`,
  )

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  res.json({ need: sent(await ownNeed(req, me.id)) } satisfies NeedResponse)
}

/** POST /store/trade/me/needs/:id — changes or closes one of the business's own needs. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveNeedType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const need = await ownNeed(req, me.id)
  const { result } = await saveNeedWorkflow(req.scope).run({
    input: { business_id: me.id, id: need.id, need: req.validatedBody },
  })
  res.json({ need: sent(result) } satisfies NeedResponse)
}
