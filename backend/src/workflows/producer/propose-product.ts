import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "@ocop/plugin"
import { ENGLISH } from "../../read-models/producer-catalogue/products"
import { planProposalStep } from "./steps/plan-proposal"
import { recordProposalStep } from "./steps/record-proposal"

/** The option a product's variants are told apart by, as the demo catalogue names it. */
const OPTION = "Quy cách"
const OPTION_EN = "Pack"

export type ProposedProduct = {
  title: string
  title_en: string
  subtitle?: string
  subtitle_en?: string
  description: string
  description_en?: string
  /** The OCOP product group's code ("I.6"). */
  group_code?: string
  variants: { title: string; title_en?: string; price: number; weight?: number }[]
}

export type ProposeProductInput = {
  producer_id: string
  subject_id: string
  actor: { id: string; label: string }
  product: ProposedProduct
}

type Created = {
  id: string
  variants?: { id: string; title: string | null }[]
  options?: { id: string; values?: { id: string; value: string }[] }[]
}

export const proposeProductWorkflowId = "propose-producer-product"
/**
 * A producer proposes a product: Medusa's `createProductsWorkflow` makes it a **draft** (never
 * published here) in the shop's sales channel with its VND prices and managed stock, the OCOP
 * plugin's product ↔ subject link ties it to the producer's subject (so it is among the producer's
 * products at once), its English goes to the translation module, and the proposal is recorded for
 * officials. Listing stays the certificate's decision: the plugin's listing workflow publishes it
 * only once an imported certificate names its handle. A failure undoes every step.
 */
export const proposeProductWorkflow = createWorkflow(proposeProductWorkflowId, (input: ProposeProductInput) => {
  const plan = planProposalStep(transform({ input }, ({ input }) => input.product))
  const create = transform({ input, plan }, ({ input, plan }) => {
    const p = input.product
    return {
      products: [
        {
          title: p.title,
          handle: plan.handle,
          subtitle: p.subtitle || undefined,
          description: p.description,
          status: ProductStatus.DRAFT,
          ...(plan.category_id ? { category_ids: [plan.category_id] } : {}),
          origin_country: "vn",
          shipping_profile_id: plan.shipping_profile_id,
          sales_channels: [{ id: plan.sales_channel_id }],
          options: [{ title: OPTION, values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            weight: v.weight,
            manage_inventory: true,
            options: { [OPTION]: v.title },
            prices: [{ amount: v.price, currency_code: "vnd" }],
          })),
        },
      ],
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: create })
  const product = transform({ created }, ({ created }) => (created as unknown as Created[])[0])
  createRemoteLinkStep(
    transform({ input, product }, ({ input, product }) => [
      { [Modules.PRODUCT]: { product_id: product.id }, [OCOP_MODULE]: { subject_id: input.subject_id } },
    ]),
  )
  const english = transform({ input, product }, ({ input, product }) => {
    const p = input.product
    const en = (reference: string, reference_id: string, translations: Record<string, string | undefined>) => ({
      reference,
      reference_id,
      locale_code: ENGLISH,
      translations,
    })
    const titleEn = new Map(p.variants.map((v) => [v.title, v.title_en || v.title]))
    return {
      translations: [
        en("product", product.id, {
          title: p.title_en,
          subtitle: p.subtitle_en || undefined,
          description: p.description_en || undefined,
        }),
        ...(product.variants ?? []).map((v) => en("product_variant", v.id, { title: titleEn.get(v.title ?? "") })),
        ...(product.options ?? []).map((o) => en("product_option", o.id, { title: OPTION_EN })),
        ...(product.options ?? [])
          .flatMap((o) => o.values ?? [])
          .map((v) => en("product_option_value", v.id, { value: titleEn.get(v.value) })),
      ],
    }
  })
  createTranslationsWorkflow.runAsStep({ input: english })
  const proposal = recordProposalStep(
    transform({ input, product }, ({ input, product }) => ({
      producer_id: input.producer_id,
      product_id: product.id,
      actor: input.actor,
    })),
  )
  return new WorkflowResponse(proposal)
})
