import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { ReviewBusinessInput } from "../types"

export const checkBusinessReviewStepId = "check-business-review"
/**
 * A producer is verified only with its OCOP subject, which exists and has no other verified
 * account; any business only while no other verified profile holds its tax code.
 */
export const checkBusinessReviewStep = createStep(
  checkBusinessReviewStepId,
  async (input: ReviewBusinessInput, { container }) => {
    const trade = tradeOf(container)
    const business = await trade.retrieveBusiness(input.id)
    if (input.status === "verified" && business.type === "producer" && !input.subject_id)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "subject_id is required to verify a producer: the OCOP subject the account speaks for",
      )
    if (input.status === "verified") {
      const [holder] = await trade.listBusinesses(
        { tax_code: business.tax_code, status: "verified", id: { $ne: input.id } },
        { take: 1, select: ["id", "company_name"] },
      )
      if (holder)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `tax_code ${business.tax_code} is held by verified business ${holder.company_name} (${holder.id}); release it first if this applicant is the real one`,
        )
    }
    if (input.subject_id) {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "subject", fields: ["id"], filters: { id: input.subject_id } })
      if (!data.length)
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No OCOP subject with id ${input.subject_id}`)
      const [taken] = await trade.listBusinesses({ subject_id: input.subject_id, status: "verified" }, { take: 1 })
      if (taken && taken.id !== input.id)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `subject ${input.subject_id} already has a verified account`,
        )
    }
    return new StepResponse(business)
  },
)
