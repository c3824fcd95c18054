import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type OfferList, type OfferResponse } from "@ocop/core"
import { requireBusiness, tradeService } from "../../../../../access/trade"
import { saveOfferWorkflow } from "../../../../../workflows/trade/offers-needs/save-offer"
import type { StoreSaveOfferType } from "../../validators"

/** GET /store/trade/me/offers — the business's own offers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const offers = await tradeService(req.scope).listOffers(
    { business_id: me.id },
    { take: null, order: { created_at: "DESC" } },
  )
  res.json({ offers: sent(offers) } satisfies OfferList)
}

/** POST /store/trade/me/offers — a producer offers one of its certified products. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveOfferType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const { result } = await saveOfferWorkflow(req.scope).run({ input: { business_id: me.id, offer: req.validatedBody } })
  res.status(201).json({ offer: sent(result) } satisfies OfferResponse)
}
