import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingDecision, type LegalFramework, type ListingReason } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type ListingDecisionRow = { product_id: string; status: string; listed: boolean; reason: ListingReason }

/** Applies the shared listing rule (@ocop/core) to each product's certificates. */
export const decideListingStepId = "decide-listing"
export const decideListingStep = createStep(
  decideListingStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const frameworks = (await ocop.listLegalFrameworks({}, { take: null })) as unknown as LegalFramework[]
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "status",
        "certificates.status",
        "certificates.stars",
        "certificates.decision_date",
        "certificates.valid_until",
      ],
      filters: { id: input.product_ids },
    })
    const rows: ListingDecisionRow[] = products.map((p) => {
      const decision = listingDecision((p.certificates ?? []).filter(Boolean), frameworks)
      return { product_id: p.id, status: p.status, ...decision }
    })
    return new StepResponse(rows)
  },
)
