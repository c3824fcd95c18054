import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideListingStep } from "./steps/decide-listing"
import { setProductListingStep } from "./steps/set-product-listing"
import { OcopWorkflowIds } from "../ids"

/**
 * The one owner of listing: decides, for each product, listed or not from its certificates, and
 * makes Medusa enforce it through the product's status. It emits nothing of its own: the workflow
 * that called it emits `ocop.product.certification_changed` for the products of its run, and the
 * search index, the storefront cache and the scan page follow that one event.
 */
export const applyListingRuleWorkflow = createWorkflow(
  OcopWorkflowIds.applyListingRule,
  (input: { product_ids: string[] }) => {
    const decisions = decideListingStep(input)
    const changed = setProductListingStep(decisions)
    return new WorkflowResponse({ decisions, changed })
  },
)
