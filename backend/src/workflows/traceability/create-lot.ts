import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_LOT_CHANGED_EVENT } from "@ocop/core"
import { createLotsStep, type CreateLotInput } from "./steps/create-lots"
import { forgetTraceFactsStep } from "./steps/forget-trace-facts"
import { issueSerialsStep } from "./steps/issue-serials"

export type NewLot = CreateLotInput & { serials?: number }

/** A new lot, with `serials` unit serials issued at once when asked (for labels). */
export const createLotWorkflowId = "create-trace-lot"
export const createLotWorkflow = createWorkflow(createLotWorkflowId, (input: NewLot) => {
  const lots = createLotsStep(transform({ input }, ({ input }) => [input]))
  const lot = transform({ lots }, ({ lots }) => lots[0])
  const serials = when({ input }, ({ input }) => (input.serials ?? 0) > 0).then(() =>
    issueSerialsStep(transform({ lot, input }, ({ lot, input }) => [{ lot_id: lot.id, count: input.serials! }])),
  )
  forgetTraceFactsStep(transform({ input }, ({ input }) => [input.product_id]))
  emitEventStep({
    eventName: TRACE_LOT_CHANGED_EVENT,
    data: transform({ lot }, ({ lot }) => ({ id: lot.id, product_id: lot.product_id })),
  })
  return new WorkflowResponse({ lot, serials })
})
