import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CacheTags } from "@ocop/core/revalidation"
import { storefrontRevalidation } from "../propagation/storefront-revalidation"
import { POLICIES_CHANGED } from "../workflows/legal/events"

/**
 * An official changed the operator's details or published a policy version: every page's footer
 * and the policy pages are cached under the "policies" tag, which is expired at once (decision 006).
 */
export default async function policyPages({ container }: SubscriberArgs) {
  storefrontRevalidation(container.resolve(ContainerRegistrationKeys.LOGGER)).enqueue([CacheTags.policies])
}

export const config: SubscriberConfig = { event: POLICIES_CHANGED }
