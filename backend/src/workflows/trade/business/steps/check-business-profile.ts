import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { BusinessProfileInput } from "../types"

/** Identity fields: changing one sends the profile back to the OCOP office for verification. */
const IDENTITY = ["company_name", "tax_code", "type"] as const

export const checkBusinessProfileStepId = "check-business-profile"
/** Finds the customer's business, refuses a tax code registered by another, and tells whether to re-verify. */
export const checkBusinessProfileStep = createStep(
  checkBusinessProfileStepId,
  async ({ customer_id, profile }: { customer_id: string; profile: BusinessProfileInput }, { container }) => {
    const trade = tradeOf(container)
    const [mine] = await trade.listBusinesses({ customer_id }, { take: 1 })
    const [sameTax] = await trade.listBusinesses({ tax_code: profile.tax_code }, { take: 1, select: ["id"] })
    if (sameTax && sameTax.id !== mine?.id)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `tax_code ${profile.tax_code} is already registered`)
    const changedIdentity = !!mine && IDENTITY.some((k) => mine[k] !== profile[k])
    return new StepResponse({ existing_id: mine?.id ?? null, reverify: changedIdentity })
  },
)
