import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readListings } from "../../../listing/check"

type Row = { product?: { id: string; status: string } | null }

/**
 * Products still on sale behind an expired certificate that lists them no more: what a pass killed
 * between marking certificates expired and applying the listing rule leaves behind. The next pass
 * finds them here, as the registry planner marks such products `relist`.
 */
export const findStaleExpiredListingsStepId = "find-stale-expired-listings"
export const findStaleExpiredListingsStep = createStep(
  findStaleExpiredListingsStepId,
  async (_input: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certificate",
      fields: ["product.id", "product.status"],
      filters: { status: "expired" },
    })
    const published = (data as unknown as Row[]).flatMap((c) =>
      c.product?.status === "published" ? [c.product.id] : [],
    )
    // Another certificate may list the product still: the live listing check decides.
    const listings = await readListings(container, published)
    return new StepResponse([...listings.values()].filter((l) => l.stale).map((l) => l.product_id))
  },
)
