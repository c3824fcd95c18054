import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewCounterfeitReportStep, type CounterfeitReportReview } from "./steps/review-counterfeit-report"

export const reviewCounterfeitReportWorkflowId = "review-counterfeit-report"
/** An official moves a report on (new → reviewing → closed) with a note. */
export const reviewCounterfeitReportWorkflow = createWorkflow(
  reviewCounterfeitReportWorkflowId,
  (input: CounterfeitReportReview) => new WorkflowResponse(reviewCounterfeitReportStep(input)),
)
