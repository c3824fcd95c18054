import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createTranslationsWorkflow,
  emitEventStep,
  releaseLockStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  updateTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { imageOfPhoto } from "./gallery"
import { dropPhotoFilesStep } from "./steps/drop-photo-files"
import { holdTextsStep } from "./steps/hold-texts"
import { planGalleryStep } from "./steps/plan-gallery"
import { planProductEditStep, type ProductEditInput } from "./steps/plan-product-edit"
import { recordPriceChangesStep } from "./steps/record-price-changes"
import { resolveChangeRequestStep } from "./steps/resolve-change-request"

/**
 * Emitted after a producer's (or an accepted) edit with `{ product_ids }`: the storefront's cache
 * and the search index follow it as they follow `product.updated` (Medusa's variant and translation
 * workflows emit no product event).
 */
export const PRODUCER_CATALOGUE_CHANGED = "producer.catalogue_changed"

export const editProducerProductWorkflowId = "edit-producer-product"
/**
 * A producer's edit of one product, on Medusa's own workflows: the Vietnamese texts and the gallery
 * (the product's images, the first its thumbnail) through `updateProductsWorkflow`, the English
 * through the translation module's workflows, shelf data and the VND price through
 * `updateProductVariantsWorkflow` (which upserts the price set); each price change is kept in the
 * producer module's history; texts and a gallery held for review become (or join) the product's open
 * change request. An official's acceptance runs the same workflow with the request's texts and
 * gallery. Files of photos no gallery holds any more are deleted last. Edits of one product run one
 * at a time; a failure undoes the steps already done. Never touches the product's status: listing is
 * the certificate's decision.
 */
export const editProducerProductWorkflow = createWorkflow(editProducerProductWorkflowId, (input: ProductEditInput) => {
  const lock = transform({ input }, ({ input }) => ({
    key: `producer-product:${input.product_id}`,
    timeout: 30,
    ttl: 60,
  }))
  acquireLockStep(lock)
  const plan = planProductEditStep(input)
  const gallery = planGalleryStep(input)

  when("accept-change-request", { input }, ({ input }) => !!input.accept_request_id).then(() => {
    const accept = transform({ input }, ({ input }) => ({
      id: input.accept_request_id!,
      status: "accepted" as const,
      official_id: input.actor.id,
    }))
    resolveChangeRequestStep(accept)
  })
  const product = transform({ plan, gallery }, ({ plan, gallery }) => ({
    ...plan.product,
    ...(gallery.live ? { images: gallery.live.map(imageOfPhoto), thumbnail: gallery.live[0]?.url ?? null } : {}),
  }))
  when("update-product", { product }, ({ product }) => Object.keys(product).length > 0).then(() => {
    const update = transform({ input, product }, ({ input, product }) => ({
      selector: { id: input.product_id },
      update: product,
    }))
    updateProductsWorkflow.runAsStep({ input: update })
  })
  when("update-english-texts", { plan }, ({ plan }) => !!plan.english_update).then(() => {
    const update = transform({ plan }, ({ plan }) => ({ translations: [plan.english_update!] }))
    updateTranslationsWorkflow.runAsStep({ input: update })
  })
  when("create-english-texts", { plan }, ({ plan }) => !!plan.english_create).then(() => {
    const create = transform({ plan }, ({ plan }) => ({ translations: [plan.english_create!] }))
    createTranslationsWorkflow.runAsStep({ input: create })
  })
  when("update-variants", { plan }, ({ plan }) => plan.variants.length > 0).then(() => {
    const update = transform({ plan }, ({ plan }) => ({ product_variants: plan.variants }))
    updateProductVariantsWorkflow.runAsStep({ input: update })
  })
  const history = transform({ input, plan }, ({ input, plan }) => ({
    producer_id: input.producer_id,
    product_id: input.product_id,
    actor: input.actor,
    changes: plan.price_changes,
  }))
  recordPriceChangesStep(history)
  const hold = transform({ input, gallery }, ({ input, gallery }) => ({
    ...input,
    hold: { ...input.hold, ...(gallery.held ? { gallery: gallery.held } : {}) },
  }))
  holdTextsStep(hold)
  const event = transform({ input }, ({ input }) => ({
    eventName: PRODUCER_CATALOGUE_CHANGED,
    data: { product_ids: [input.product_id] },
  }))
  emitEventStep(event)
  dropPhotoFilesStep(transform({ gallery }, ({ gallery }) => gallery.drop_files))
  releaseLockStep(lock)
  return new WorkflowResponse(plan)
})
