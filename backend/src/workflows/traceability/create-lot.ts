import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createLotStep, type CreateLotInput } from "./steps/create-lot"
import { forgetTraceFactsStep } from "./steps/forget-trace-facts"
import { issueSerialsStep } from "./steps/issue-serials"

export const TRACE_LOT_CHANGED_EVENT = "traceability.lot.changed"

/** A new lot, with `serials` unit serials issued at once when asked (for labels). */
export const createLotWorkflow = createWorkflow("create-trace-lot", (input: CreateLotInput & { serials?: number }) => {
  const lot = createLotStep(input)
  const serials = when({ input }, ({ input }) => (input.serials ?? 0) > 0).then(() =>
    issueSerialsStep(transform({ lot, input }, ({ lot, input }) => ({ lot_id: lot.id, count: input.serials! }))),
  )
  const ids = transform({ input }, ({ input }) => [input.product_id])
  forgetTraceFactsStep(ids)
  emitEventStep({
    eventName: TRACE_LOT_CHANGED_EVENT,
    data: transform({ lot }, ({ lot }) => ({ id: lot.id, product_id: lot.product_id })),
  })
  return new WorkflowResponse({ lot, serials })
})
