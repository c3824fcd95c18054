import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { SalesPointInput } from "../types"

export const checkSalesPointStepId = "check-sales-point"
/** The stock location and commune exist, and neither the key nor the location is another sales point. */
export const checkSalesPointStep = createStep(
  checkSalesPointStepId,
  async (input: { id?: string; point: SalesPointInput }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id"],
      filters: { id: input.point.stock_location_id },
    })
    if (!data.length)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location with id ${input.point.stock_location_id}`)
    const { data: communes } = await query.graph({
      entity: "admin_unit",
      fields: ["code"],
      filters: { code: input.point.commune_code },
    })
    if (!communes.length)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `commune_code ${input.point.commune_code} is unknown`)
    for (const [field, value] of [
      ["key", input.point.key],
      ["stock_location_id", input.point.stock_location_id],
    ] as const) {
      const [taken] = await tradeOf(container).listSalesPoints({ [field]: value }, { take: 1, select: ["id"] })
      if (taken && taken.id !== input.id)
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${field} ${value} is already a sales point`)
    }
    return new StepResponse(true)
  },
)
