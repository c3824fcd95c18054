import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingDecisionRow } from "./decide-listing"

type Previous = { id: string; status: ProductStatus }

/**
 * Makes Medusa enforce a decision through the product's status: a draft product
 * is hidden by the Store API and the search index, and refused by add-to-cart.
 * Returns only the products whose listing actually changed.
 */
export const setProductListingStepId = "set-product-listing"
export const setProductListingStep = createStep(
  setProductListingStepId,
  async (rows: ListingDecisionRow[], { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const changed = rows.filter((r) => (r.status === ProductStatus.PUBLISHED) !== r.listed)
    if (!changed.length) return new StepResponse([] as ListingDecisionRow[], [] as Previous[])
    await products.upsertProducts(
      changed.map((r) => ({ id: r.product_id, status: r.listed ? ProductStatus.PUBLISHED : ProductStatus.DRAFT })),
    )
    return new StepResponse(
      changed,
      changed.map((r) => ({ id: r.product_id, status: r.status as ProductStatus })),
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve(Modules.PRODUCT).upsertProducts(previous)
  },
)
