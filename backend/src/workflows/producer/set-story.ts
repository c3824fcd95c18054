import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_CATALOGUE_CHANGED } from "./edit-product"
import { setSubjectStoryStep, type SetStoryInput } from "./steps/set-subject-story"

export const setProducerStoryWorkflowId = "set-producer-story"
/**
 * A member sets the producer's story (vi, en). It goes live at once: the story is the producer's
 * own account of itself, not a claim about a product, and no product group holds it. The stall's
 * and the products' cached pages follow through `producer.catalogue_changed`.
 */
export const setProducerStoryWorkflow = createWorkflow(setProducerStoryWorkflowId, (input: SetStoryInput) => {
  const productIds = setSubjectStoryStep(input)
  emitEventStep(
    transform({ productIds }, ({ productIds }) => ({
      eventName: PRODUCER_CATALOGUE_CHANGED,
      data: { product_ids: productIds },
    })),
  )
  return new WorkflowResponse(productIds)
})
