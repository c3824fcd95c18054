import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_LOT_CHANGED_EVENT } from "@ocop/core"
import { addJourneyEventStep, type AddJourneyEventInput } from "./steps/add-journey-event"
import { forgetTraceFactsStep } from "./steps/forget-trace-facts"

/** A step of a lot's journey (harvested … received), shown on the scan page at once. */
export const addJourneyEventWorkflow = createWorkflow("add-trace-journey-event", (input: AddJourneyEventInput) => {
  const added = addJourneyEventStep(input)
  forgetTraceFactsStep(transform({ added }, ({ added }) => [added.product_id]))
  emitEventStep({
    eventName: TRACE_LOT_CHANGED_EVENT,
    data: transform({ input, added }, ({ input, added }) => ({ id: input.lot_id, product_id: added.product_id })),
  })
  return new WorkflowResponse(added.event)
})
