import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isIsoDate } from "@ocop/core"
import { tradeProducts } from "../../../../read-models/trade/product-facts"
import { tradeOf } from "../../common/records"
import type { AgreementInput } from "../types"
import { withinBound } from "../value-bounds"

export const checkAgreementStepId = "check-trade-agreement"
/**
 * Checks a draft: the parties (one buyer, one verified producer whose products are named), the
 * products (each certified now), the term, the fair and meeting it names, and that each line and
 * the whole stay within the bound on amounts. Returns who is buyer and seller and the priced lines.
 */
export const checkAgreementStep = createStep(
  checkAgreementStepId,
  async (input: { business_id: string; agreement: AgreementInput }, { container }) => {
    const { agreement } = input
    const value = withinBound(
      agreement.lines.reduce(
        (sum, l, i) => sum + withinBound(l.quantity * l.unit_price, `lines[${i}] quantity × unit_price`),
        0,
      ),
      "the agreement's value",
    )
    if (!isIsoDate(agreement.term_start) || !isIsoDate(agreement.term_end) || agreement.term_end < agreement.term_start)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "term_start and term_end must be YYYY-MM-DD, in order")
    if (agreement.counterpart_id === input.business_id)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "counterpart_id is your own business")
    const businesses = await tradeOf(container).listBusinesses({
      id: [input.business_id, agreement.counterpart_id],
      status: "verified",
    })
    const me = businesses.find((b) => b.id === input.business_id)!
    const other = businesses.find((b) => b.id === agreement.counterpart_id)
    if (!other)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No verified business with id ${agreement.counterpart_id}`)
    const seller = me.subject_id ? me : other.subject_id ? other : null
    if (!seller) throw new MedusaError(MedusaError.Types.INVALID_DATA, "one party must be a verified OCOP producer")
    const buyer = seller.id === me.id ? other : me
    const products = await tradeProducts(
      container,
      agreement.lines.map((l) => l.product_id),
    )
    const lines = agreement.lines.map((l, i) => {
      const product = products.get(l.product_id)
      if (!product || product.subject_id !== seller.subject_id)
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines[${i}].product_id is not a product of ${seller.company_name}`,
        )
      if (!product.listed)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `lines[${i}]: ${product.title} holds no valid OCOP certificate`,
        )
      return { product_id: l.product_id, title: product.title, quantity: l.quantity, unit_price: l.unit_price }
    })
    if (agreement.event_id) {
      const [event] = await tradeOf(container).listTradeEvents({ id: agreement.event_id }, { take: 1 })
      if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No trade event with id ${agreement.event_id}`)
    }
    if (agreement.meeting_id) {
      const [meeting] = await tradeOf(container).listMeetings({
        id: agreement.meeting_id,
        $or: [{ requester_id: me.id }, { counterpart_id: me.id }],
      })
      if (!meeting)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No meeting of yours with id ${agreement.meeting_id}`)
    }
    return new StepResponse({ buyer_id: buyer.id, seller_id: seller.id, lines, value })
  },
)
