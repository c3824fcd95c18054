import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createLotsStep, type CreateLotInput } from "./steps/create-lots"
import { forgetTraceFactsStep } from "./steps/forget-trace-facts"
import { issueSerialsStep } from "./steps/issue-serials"

export const TRACE_LOT_CHANGED_EVENT = "traceability.lot.changed"

export type NewLot = CreateLotInput & { serials?: number }

/** A new lot, with `serials` unit serials issued at once when asked (for labels). */
export const createLotWorkflow = createWorkflow("create-trace-lot", (input: NewLot) => {
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

/**
 * Many lots at once, each with its serials: a producer's or the registry's lot list, and the
 * national-scale dataset. The same checks as one lot, in one query per batch; all or none.
 */
export const importLotsWorkflow = createWorkflow("import-trace-lots", (input: { lots: NewLot[] }) => {
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
