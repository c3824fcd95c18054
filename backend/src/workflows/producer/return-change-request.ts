import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dropPhotoFilesStep } from "./steps/drop-photo-files"
import { resolveChangeRequestStep, type ResolveChangeRequestInput } from "./steps/resolve-change-request"
import { returnedPhotoFilesStep } from "./steps/returned-photo-files"

export const returnChangeRequestWorkflowId = "return-producer-change-request"
/**
 * An official returns an open change request with a note the producer reads; nothing goes live, and
 * the files of photos uploaded only for it are deleted.
 */
export const returnChangeRequestWorkflow = createWorkflow(
  returnChangeRequestWorkflowId,
  (input: ResolveChangeRequestInput) => {
    const returned = resolveChangeRequestStep(input)
    dropPhotoFilesStep(returnedPhotoFilesStep(input))
    return new WorkflowResponse(returned)
  },
)
