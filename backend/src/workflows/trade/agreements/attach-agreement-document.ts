import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createAgreementDocumentsStep } from "./steps/create-agreement-documents"

export const attachAgreementDocumentWorkflowId = "attach-trade-agreement-document"
/** Stores a checked PDF as a private file and records it on the agreement. */
export const attachAgreementDocumentWorkflow = createWorkflow(
  attachAgreementDocumentWorkflowId,
  (input: { id: string; uploaded_by: string; filename: string; content: string; size: number }) => {
    const files = uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: [
          { filename: input.filename, mimeType: "application/pdf", content: input.content, access: "private" as const },
        ],
      })),
    )
    const documents = createAgreementDocumentsStep(
      transform({ input, files }, ({ input, files }) => [
        {
          agreement_id: input.id,
          file_id: files[0].id,
          filename: input.filename,
          size: input.size,
          uploaded_by: input.uploaded_by,
        },
      ]),
    )
    return new WorkflowResponse(transform({ documents }, ({ documents }) => documents[0]))
  },
)
