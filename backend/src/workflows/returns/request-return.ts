import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createReturnRequestStep } from "./steps/create-return-request"
import { notifyReturnStep } from "./steps/notify-return"
import { planReturnStep, type RequestReturnInput } from "./steps/plan-return"

export const requestReturnWorkflowId = "request-return"
/**
 * A shopper asks to return goods of a delivered shipment: checked against the window and what is
 * left to return (one request of a shipment at a time, under a lock), its photos kept as private
 * files, the request recorded for the producer (or an official) to decide. Nothing of Medusa's
 * order changes until the request is accepted.
 */
export const requestReturnWorkflow = createWorkflow(requestReturnWorkflowId, (input: RequestReturnInput) => {
  const lock = transform({ input }, ({ input }) => `return-request:${input.part_id}`)
  acquireLockStep({ key: lock, timeout: 15, ttl: 60 })
  const planned = planReturnStep(input)
  const files = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
    uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.photos.map((content, i) => ({
          filename: `return-photo-${i + 1}.webp`,
          mimeType: "image/webp",
          content,
          access: "private" as const,
        })),
      })),
    ),
  )
  const created = createReturnRequestStep(
    transform({ planned, files }, ({ planned, files }) => ({
      ...planned,
      photo_file_ids: (files ?? []).map((f) => f.id),
    })),
  )
  releaseLockStep({ key: lock })
  notifyReturnStep(transform({ created }, ({ created }) => ({ id: created.id, news: "requested" as const })))
  return new WorkflowResponse(created)
})
