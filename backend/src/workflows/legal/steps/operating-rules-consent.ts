import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentChannel } from "@ocop/core"
import { consentRows, currentPolicyVersions } from "../../../read-models/legal"
import type { ConsentRow } from "./record-consents"

export type OperatingRulesConsentInput = {
  customer_id: string
  channel: Extract<ConsentChannel, "business_portal" | "producer_invite">
  /** False for a business that only edits its profile: it agreed when it registered. */
  joining: boolean
}

/**
 * The consent rows of an account joining the marketplace as a business or a producer's member, to
 * the operating rules in force (recorded by recordConsentsStep in the same workflow, so that no
 * account joins without them, whichever client it uses).
 */
export const operatingRulesConsentRowsStep = createStep(
  "operating-rules-consent-rows",
  async (input: OperatingRulesConsentInput, { container }) => {
    if (!input.joining) return new StepResponse([] as ConsentRow[])
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    })
    const email = (data[0] as { email?: string | null } | undefined)?.email ?? null
    const rows = consentRows(await currentPolicyVersions(container), ["operating_rules"], input.channel, {
      customer_id: input.customer_id,
      email,
      cart_id: null,
    })
    return new StepResponse(rows)
  },
)
