import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sent, type OfferResponse } from "@ocop/core"
import { ownedOr404, requireBusiness, tradeService } from "../../../../../../access/trade"
import { saveOfferWorkflow } from "../../../../../../workflows/trade/offers-needs/save-offer"
import type { StoreSaveOfferType } from "../../../validators"

const ownOffer = (req: AuthenticatedMedusaRequest, businessId: string) =>
  ownedOr404(
    tradeService(req.scope).listOffers({ id: req.params.id, business_id: businessId }, { take: 1 }),
    `offer ${req.params.id}`,
  )

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  res.json({ offer: sent(await ownOffer(req, me.id)) } satisfies OfferResponse)
}

/** POST /store/trade/me/offers/:id — changes or closes one of the business's own offers. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveOfferType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const offer = await ownOffer(req, me.id)
  const { result } = await saveOfferWorkflow(req.scope).run({
    input: { business_id: me.id, id: offer.id, offer: req.validatedBody },
  })
  res.json({ offer: sent(result) } satisfies OfferResponse)
}
