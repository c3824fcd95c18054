import type { MedusaContainer } from "@medusajs/framework/types"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertListed } from "./assert-listed"
import { certificateIdsOf, holdCertificates, releaseCertificates } from "./certificate-hold"

// One handler per hook is allowed by Medusa, so the whole gate lives in this file.

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const ids = (input.items ?? []).map((i) => i.variant_id).filter((id): id is string => Boolean(id))
  await assertListed(container, ids, cart.sales_channel_id)
})

// A cart filled before a revocation must not check out, and a revocation must not slip in between
// this check and the order's creation: the certificates stay locked until the order exists
// (certificate-hold.ts). A cart that already has its order creates none and takes no hold.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const ids = (cart.items ?? [])
      .map((i: { variant_id?: string | null } | null) => i?.variant_id)
      .filter((id: string | null | undefined): id is string => Boolean(id))
    if (cart.completed_at) {
      await assertListed(container, ids, cart.sales_channel_id)
      return new StepResponse(undefined, null)
    }
    await holdCertificates(container, cart.id, await certificateIdsOf(container, ids))
    try {
      await assertListed(container, ids, cart.sales_channel_id)
    } catch (error) {
      await releaseCertificates(cart.id)
      throw error
    }
    return new StepResponse(undefined, cart.id as string)
  },
  async (cartId) => {
    if (cartId) await releaseCertificates(cartId)
  },
)

// Medusa 2.21 declares this hook right after the order, its links and reservations are written and
// before the payment is authorised; it is not in the workflow's typed hooks, hence the check.
type AfterOrderHook = (
  handler: (input: { input: { id: string } }, context: { container: MedusaContainer }) => Promise<void>,
) => void
const afterOrder = (completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization?: AfterOrderHook })
  .beforePaymentAuthorization
if (!afterOrder) {
  throw new Error("completeCartWorkflow has no beforePaymentAuthorization hook: the listing gate cannot end its hold")
}
afterOrder(async ({ input }) => {
  await releaseCertificates(input.id)
})
