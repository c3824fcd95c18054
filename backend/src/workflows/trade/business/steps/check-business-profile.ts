import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tradeOf } from "../../common/records"
import type { BusinessProfileInput } from "../types"

/** Identity fields: changing one sends the profile back to the OCOP office for verification. */
const IDENTITY = ["company_name", "tax_code", "type"] as const

export const checkBusinessProfileStepId = "check-business-profile"
/**
 * Finds the customer's business and tells whether to re-verify it. A tax code another profile
 * claims is no reason to refuse: the answer would tell anyone which codes are registered, and a
 * squatter would block the real business. Officials settle claims when they verify. A business
 * registers under the marketplace's operating rules: without agreeing to them it is refused.
 */
export const checkBusinessProfileStep = createStep(
  checkBusinessProfileStepId,
  async (
    {
      customer_id,
      profile,
      accept_operating_rules,
    }: { customer_id: string; profile: BusinessProfileInput; accept_operating_rules?: boolean },
    { container },
  ) => {
    const trade = tradeOf(container)
    const [mine] = await trade.listBusinesses({ customer_id }, { take: 1 })
    if (!mine && accept_operating_rules !== true)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "accept_operating_rules must be true to register a business: it joins under the marketplace's operating rules",
      )
    const changedIdentity = !!mine && IDENTITY.some((k) => mine[k] !== profile[k])
    return new StepResponse({ existing_id: mine?.id ?? null, reverify: changedIdentity })
  },
)
