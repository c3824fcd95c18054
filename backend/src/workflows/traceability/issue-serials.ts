import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueSerialsStep, type IssueSerialsInput } from "./steps/issue-serials"

/** More serials for a lot's labels; existing serials are never changed. */
export const issueSerialsWorkflow = createWorkflow("issue-trace-serials", (input: IssueSerialsInput) => {
  return new WorkflowResponse(issueSerialsStep(transform({ input }, ({ input }) => [input])))
})
