import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_LOT_CHANGED_EVENT } from "@ocop/core"
import type { NewLot } from "./create-lot"
import { createLotsStep } from "./steps/create-lots"
import { forgetTraceFactsStep } from "./steps/forget-trace-facts"
import { issueSerialsStep } from "./steps/issue-serials"

/**
 * Many lots at once, each with its serials: a producer's or the registry's lot list, and the
 * national-scale dataset. The same checks as one lot, in one query per batch; all or none.
 */
export const importLotsWorkflowId = "import-trace-lots"
export const importLotsWorkflow = createWorkflow(importLotsWorkflowId, (input: { lots: NewLot[] }) => {
  const lots = createLotsStep(transform({ input }, ({ input }) => input.lots.map(({ serials: _s, ...lot }) => lot)))
  const serials = issueSerialsStep(
    transform({ lots, input }, ({ lots, input }) =>
      lots.flatMap((lot, i) => (input.lots[i].serials ? [{ lot_id: lot.id, count: input.lots[i].serials! }] : [])),
    ),
  )
  const productIds = transform({ input }, ({ input }) => [...new Set(input.lots.map((l) => l.product_id))])
  forgetTraceFactsStep(productIds)
  emitEventStep({
    eventName: TRACE_LOT_CHANGED_EVENT,
    data: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
  })
  return new WorkflowResponse({ lots, serials })
})
