import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { acceptsDeliveries, isIsoDate, vietnamDate } from "@ocop/core"
import { tradeOf } from "../../common/records"
import type { DeliveryInput } from "../types"
import { withinBound } from "../value-bounds"

export const checkDeliveryStepId = "check-trade-delivery"
/**
 * Checks a delivery against a contract. From a linked order, quantity and value are the order's
 * lines of the agreement's products; the order must be the buyer's own, linked by the buyer (the
 * seller never learns the buyer's order ids), and not already recorded. The delivery counts only
 * once the other party confirms it, so the contract's status does not move here.
 */
export const checkDeliveryStep = createStep(
  checkDeliveryStepId,
  async (input: { business_id: string; id: string; delivery: DeliveryInput }, { container }) => {
    const trade = tradeOf(container)
    const a = await trade.retrieveAgreement(input.id, { relations: ["lines", "deliveries"] })
    if (!acceptsDeliveries(a.status))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The agreement is ${a.status}; deliveries are recorded against a signed contract`,
      )
    if (!isIsoDate(input.delivery.delivered_on) || input.delivery.delivered_on > vietnamDate())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "delivered_on must be a YYYY-MM-DD date, not in the future")
    let quantity = input.delivery.quantity ?? 0
    let value = input.delivery.value ?? 0
    if (input.delivery.order_id) {
      if (input.business_id !== a.buyer_id)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "order_id: only the buyer records a delivery from its own marketplace order",
        )
      if (a.deliveries.some((d) => d.order_id === input.delivery.order_id))
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `order ${input.delivery.order_id} is already recorded`)
      const buyer = await trade.retrieveBusiness(a.buyer_id)
      // The order module computes each line's quantity from its order item; query.graph does not.
      const [order] = await container
        .resolve(Modules.ORDER)
        .listOrders(
          { id: input.delivery.order_id, customer_id: buyer.customer_id },
          { relations: ["items"], select: ["id", "customer_id", "status"], take: 1 },
        )
      if (!order)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${input.delivery.order_id} placed by the buyer`)
      if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order was cancelled")
      const products = new Set(a.lines.map((l) => l.product_id))
      const items = (order.items ?? []).filter((i) => i.product_id && products.has(i.product_id))
      if (!items.length)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The order holds none of the agreement's products")
      // Order quantities and prices are Medusa BigNumbers.
      const n = (x: BigNumberInput) => MathBN.convert(x).toNumber()
      quantity = items.reduce((sum, i) => sum + n(i.quantity), 0)
      // Prices are tax-inclusive VND; the order's lines at the price paid for them.
      value = Math.round(items.reduce((sum, i) => sum + n(i.unit_price) * n(i.quantity), 0))
    } else if (!(quantity > 0) || !(value > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "quantity and value (VND) are required without an order_id")
    }
    return new StepResponse({ quantity: withinBound(quantity, "quantity"), value: withinBound(value, "value") })
  },
)
