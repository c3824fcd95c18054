import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkOfferStep } from "./steps/check-offer"
import { saveOfferRecordStep } from "./steps/save-offer-record"
import type { OfferInput } from "./types"

export const saveOfferWorkflowId = "save-trade-offer"
/** Creates or updates a producer's offer (the route has checked the offer is the business's own). */
export const saveOfferWorkflow = createWorkflow(
  saveOfferWorkflowId,
  (input: { business_id: string; id?: string; offer: OfferInput }) => {
    checkOfferStep(input)
    const record = saveOfferRecordStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        data: { ...input.offer, business_id: input.business_id },
      })),
    )
    return new WorkflowResponse(record)
  },
)
