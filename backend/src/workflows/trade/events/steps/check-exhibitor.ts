import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeProducts } from "../../../../read-models/trade/product-facts"
import { tradeOf } from "../../common/records"
import type { ExhibitorInput } from "../types"

export const checkExhibitorStepId = "check-trade-exhibitor"
/**
 * The event and the OCOP subject exist and every product is the subject's own. Returns the id of
 * the subject's exhibitor record at the event, if it has one already.
 */
export const checkExhibitorStep = createStep(
  checkExhibitorStepId,
  async (input: { event_id: string; exhibitor: ExhibitorInput }, { container }) => {
    await tradeOf(container).retrieveTradeEvent(input.event_id)
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "subject", fields: ["id"], filters: { id: input.exhibitor.subject_id } })
    if (!data.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP subject with id ${input.exhibitor.subject_id}`)
    const products = await tradeProducts(container, input.exhibitor.product_ids)
    input.exhibitor.product_ids.forEach((id, i) => {
      const p = products.get(id)
      if (!p || p.subject_id !== input.exhibitor.subject_id)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids[${i}] is not a product of this producer`)
    })
    const [existing] = await tradeOf(container).listExhibitors({
      event_id: input.event_id,
      subject_id: input.exhibitor.subject_id,
    })
    return new StepResponse(existing?.id ?? null)
  },
)
