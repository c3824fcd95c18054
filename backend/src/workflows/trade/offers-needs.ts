import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { isIsoDate, vietnamDate } from "@ocop/core"
import { TRADE_MODULE } from "../../modules/trade/name"
import type TradeModuleService from "../../modules/trade/service"
import { tradeProducts } from "../../lib/trade/product-facts"
import { saveTradeRecordStep } from "./steps/records"

export type OfferInput = {
  product_id: string
  monthly_capacity: number
  price_min: number
  price_max: number
  delivery_radius_km?: number | null
  certifications?: string[]
  note?: string | null
  status?: "open" | "closed"
}

const checkOfferStep = createStep(
  "check-trade-offer",
  async (input: { business_id: string; id?: string; offer: OfferInput }, { container }) => {
    const trade: TradeModuleService = container.resolve(TRADE_MODULE)
    const business = await trade.retrieveBusiness(input.business_id)
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

/** Creates or updates a producer's offer (the route has checked the offer is the business's own). */
export const saveOfferWorkflow = createWorkflow(
  "save-trade-offer",
  (input: { business_id: string; id?: string; offer: OfferInput }) => {
    checkOfferStep(input)
    const record = saveTradeRecordStep(
      transform({ input }, ({ input }) => ({
        entity: "Offers" as const,
        id: input.id,
        data: { ...input.offer, business_id: input.business_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)

export type NeedInput = {
  title: string
  group_code?: string | null
  keywords?: string[]
  quantity: number
  min_stars?: number
  commune_code?: string | null
  latitude?: number | null
  longitude?: number | null
  deadline: string
  price_ceiling?: number | null
  status?: "open" | "closed"
}

const checkNeedStep = createStep("check-trade-need", async (input: { need: NeedInput }) => {
  const { need } = input
  if (!isIsoDate(need.deadline))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "deadline must be a YYYY-MM-DD date")
  if (need.status !== "closed" && need.deadline < vietnamDate())
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "deadline is in the past")
  if (!need.group_code && !need.keywords?.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "give a product set (group_code) or keywords")
  return new StepResponse(true)
})

/** Creates or updates a buyer's need. */
export const saveNeedWorkflow = createWorkflow(
  "save-trade-need",
  (input: { business_id: string; id?: string; need: NeedInput }) => {
    checkNeedStep(input)
    const record = saveTradeRecordStep(
      transform({ input }, ({ input }) => ({
        entity: "Needs" as const,
        id: input.id,
        data: { ...input.need, business_id: input.business_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)
