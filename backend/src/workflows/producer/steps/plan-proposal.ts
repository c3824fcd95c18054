import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "@ocop/core"

export type ProposalPlan = {
  handle: string
  sales_channel_id: string
  shipping_profile_id: string
  /** The product group's category, when the producer chose one by its OCOP code. */
  category_id: string | null
}

/** Handles are kept short enough to print in a registry's CSV and a QR code's link. */
const HANDLE_MAX = 80

/**
 * What a proposed product needs besides the producer's words: a free handle from its Vietnamese
 * title (`-2`, `-3`… when taken), the shop's sales channel and shipping profile (so it can be sold
 * once listed, like the seeded products), and the category of the OCOP product group it names by
 * code ("I.6"), as the seed keeps the code in the category's metadata. Writes nothing.
 */
export const planProposalStep = createStep(
  "plan-producer-proposal",
  async (input: { title: string; group_code?: string }, { container }) => {
    let base: string
    try {
      base = toHandle(input.title).slice(0, HANDLE_MAX).replace(/-+$/, "")
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "title must contain letters or digits")
    }
    const products = container.resolve(Modules.PRODUCT)
    const candidates = [base, ...Array.from({ length: 49 }, (_, i) => `${base}-${i + 2}`)]
    const [taken, categories, [store], [profile]] = await Promise.all([
      products.listProducts({ handle: candidates }, { select: ["handle"], take: null }),
      input.group_code
        ? products.listProductCategories({}, { select: ["id", "metadata"], take: null })
        : Promise.resolve([]),
      container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] }),
      container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 }),
    ])
    const category = categories.find((c) => c.metadata?.ocop_code === input.group_code)
    if (input.group_code && !category)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `group_code names no OCOP product group: ${input.group_code}`,
      )
    const handle = candidates.find((h) => !taken.some((p) => p.handle === h))
    if (!handle) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Too many products already have this title")
    if (!store?.default_sales_channel_id || !profile)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop is not set up for selling yet")
    return new StepResponse<ProposalPlan>({
      handle,
      sales_channel_id: store.default_sales_channel_id,
      shipping_profile_id: profile.id,
      category_id: category?.id ?? null,
    })
  },
)
