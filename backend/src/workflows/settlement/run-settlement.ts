import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { computeMonthStep } from "./steps/compute-month"

export const runSettlementWorkflowId = "run-producer-settlement"
/**
 * A month's settlement run: every producer's statement computed from its parts of orders and
 * written, open ones recomputed, paid ones kept. One run of a month at a time.
 */
export const runSettlementWorkflow = createWorkflow(runSettlementWorkflowId, (input: { month: string }) => {
  acquireLockStep({ key: "producer-settlement", timeout: 120, ttl: 300 })
  const result = computeMonthStep(input)
  releaseLockStep({ key: "producer-settlement" })
  return new WorkflowResponse(result)
})
