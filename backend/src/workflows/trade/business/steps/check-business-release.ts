import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { ReleaseBusinessInput } from "../types"

export const checkBusinessReleaseStepId = "check-business-release"
/** Only a verified profile holds a tax code, so only a verified one can release it. */
export const checkBusinessReleaseStep = createStep(
  checkBusinessReleaseStepId,
  async (input: ReleaseBusinessInput, { container }) => {
    const business = await tradeOf(container).retrieveBusiness(input.id, { select: ["id", "status", "tax_code"] })
    if (business.status !== "verified")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `business ${input.id} is ${business.status}: only a verified profile holds its tax code`,
      )
    return new StepResponse(business)
  },
)
