import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSalesPointStep } from "./steps/check-sales-point"
import { saveSalesPointRecordStep } from "./steps/save-sales-point-record"
import type { SalesPointInput } from "./types"

export const saveSalesPointWorkflowId = "save-sales-point"
/**
 * Makes a Medusa stock location an OCOP sales point, or updates its facts. The location itself,
 * its stock and its pickup option are managed in Medusa's own Locations settings.
 */
export const saveSalesPointWorkflow = createWorkflow(
  saveSalesPointWorkflowId,
  (input: { id?: string; point: SalesPointInput }) => {
    checkSalesPointStep(input)
    const record = saveSalesPointRecordStep(transform({ input }, ({ input }) => ({ id: input.id, data: input.point })))
    return new WorkflowResponse(record)
  },
)
