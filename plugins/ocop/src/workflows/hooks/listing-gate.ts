import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertListed } from "./assert-listed"

// One handler per hook is allowed by Medusa, so the whole gate lives in this file.

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const ids = (input.items ?? []).map((i) => i.variant_id).filter((id): id is string => Boolean(id))
  await assertListed(container, ids, cart.sales_channel_id)
})

// A cart filled before a revocation must not check out.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const ids = (cart.items ?? [])
    .map((i: { variant_id?: string | null } | null) => i?.variant_id)
    .filter((id: string | null | undefined): id is string => Boolean(id))
  await assertListed(container, ids, cart.sales_channel_id)
})
