import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeProducts } from "../../../../read-models/trade/product-facts"
import { tradeOf } from "../../common/records"
import type { OfferInput } from "../types"

export const checkOfferStepId = "check-trade-offer"
/** An offer comes from a producer's verified account, names one of its products, and a listed one unless closed. */
export const checkOfferStep = createStep(
  checkOfferStepId,
  async (input: { business_id: string; id?: string; offer: OfferInput }, { container }) => {
    const business = await tradeOf(container).retrieveBusiness(input.business_id)
    if (!business.subject_id)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a producer's verified account can post offers")
    if (input.offer.price_min > input.offer.price_max)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "price_min must not exceed price_max")
    const product = (await tradeProducts(container, [input.offer.product_id])).get(input.offer.product_id)
    if (!product || product.subject_id !== business.subject_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `product_id ${input.offer.product_id} is not one of your products`,
      )
    // Only certified products are promoted: an unlisted one cannot be offered (it also leaves matches).
    if (!product.listed && input.offer.status !== "closed")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${product.title} holds no valid OCOP certificate of 3★ or more and cannot be offered`,
      )
    return new StepResponse(true)
  },
)
