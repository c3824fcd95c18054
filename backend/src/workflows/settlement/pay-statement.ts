import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { payStatementStep, type PayStatementInput } from "./steps/pay-statement"

/** An official records the transfer that paid a producer's statement. */
export const payStatementWorkflow = createWorkflow("pay-producer-statement", (input: PayStatementInput) => {
  return new WorkflowResponse(payStatementStep(input))
})
