import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { decideListingStep } from "./steps/decide-listing"
import { setProductListingStep } from "./steps/set-product-listing"

export const LISTING_CHANGED_EVENT = "ocop.listing.changed"

/**
 * The one owner of listing: decides, for each product, listed or not from its
 * certificates, and makes Medusa enforce it. Others react to `ocop.listing.changed`
 * (search index, storefront cache, scan page).
 */
export const applyListingRuleWorkflow = createWorkflow("apply-listing-rule", (input: { product_ids: string[] }) => {
  const decisions = decideListingStep(input)
  const changed = setProductListingStep(decisions)
  const events = transform({ changed }, ({ changed }) =>
    changed.map((c) => ({ product_id: c.product_id, listed: c.listed, reason: c.reason })),
  )
  emitEventStep({ eventName: LISTING_CHANGED_EVENT, data: events })
  return new WorkflowResponse({ decisions, changed })
})
