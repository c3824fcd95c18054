import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingReason } from "@ocop/core"
import { readListings } from "../../../listing/check"

export type ListingDecisionRow = { product_id: string; status: string; listed: boolean; reason: ListingReason }

/** Decides each product's listing with the live listing check, from its certificates alone. */
export const decideListingStepId = "decide-listing"
export const decideListingStep = createStep(
  decideListingStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const listings = await readListings(container, input.product_ids)
    const rows: ListingDecisionRow[] = [...listings.values()].map((l) => ({
      product_id: l.product_id,
      status: l.status,
      ...l.decision,
    }))
    return new StepResponse(rows)
  },
)
