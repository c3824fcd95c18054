import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createCounterfeitReportStep, type NewCounterfeitReport } from "./steps/create-counterfeit-report"

export type CounterfeitReportInput = {
  report: Omit<NewCounterfeitReport, "photo_file_id">
  /** The photo, already checked and re-encoded as WebP (`reportPhotoWebp`), in base64. */
  photo: string | null
}

export const createCounterfeitReportWorkflowId = "create-counterfeit-report"
/** A visitor's report of a suspected counterfeit, its photo kept as a private file officials read. */
export const createCounterfeitReportWorkflow = createWorkflow(
  createCounterfeitReportWorkflowId,
  (input: CounterfeitReportInput) => {
    const files = when({ input }, ({ input }) => !!input.photo).then(() =>
      uploadFilesStep(
        transform({ input }, ({ input }) => ({
          files: [
            {
              filename: "counterfeit-report.webp",
              mimeType: "image/webp",
              content: input.photo!,
              access: "private" as const,
            },
          ],
        })),
      ),
    )
    const report = createCounterfeitReportStep(
      transform({ input, files }, ({ input, files }) => ({
        ...input.report,
        photo_file_id: files?.[0]?.id ?? null,
      })),
    )
    return new WorkflowResponse(report)
  },
)
