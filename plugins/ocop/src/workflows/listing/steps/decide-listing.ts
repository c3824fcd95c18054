import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingDecision, type ListingReason } from "@ocop/core"
import { LISTING_FIELDS, loadFrameworks } from "../../../listing/frameworks"

export type ListingDecisionRow = { product_id: string; status: string; listed: boolean; reason: ListingReason }

/** Applies the shared listing rule (@ocop/core) to each product's certificates. */
export const decideListingStepId = "decide-listing"
export const decideListingStep = createStep(
  decideListingStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const frameworks = await loadFrameworks(container)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "status", ...LISTING_FIELDS.map((f) => `certificates.${f}`)],
      filters: { id: input.product_ids },
    })
    const rows: ListingDecisionRow[] = products.map((p) => {
      const decision = listingDecision((p.certificates ?? []).filter(Boolean), frameworks)
      return { product_id: p.id, status: p.status, ...decision }
    })
    return new StepResponse(rows)
  },
)
