import { z } from "@medusajs/framework/zod"
import { CONSENT_CHANNELS } from "@ocop/core"

const agreed = z.literal(true, { error: "consent to processing for the order is required (processing: true)" })

/**
 * A guest's (or a customer's) consent at checkout, for one cart: processing is required; marketing
 * is its own choice and defaults to no.
 */
export const StoreCartConsents = z
  .object({
    processing: agreed,
    marketing: z.boolean({ error: "marketing must be true or false" }).default(false),
    email: z.email("email must be an e-mail address").max(200).optional(),
  })
  .strict()
export type StoreCartConsentsType = z.infer<typeof StoreCartConsents>

/** A signed-in customer's consents: where it gives them, and which. */
export const StoreMyConsents = z
  .object({
    channel: z.enum(
      CONSENT_CHANNELS.filter((c) => c !== "checkout") as ["signup", "account", "business_portal", "producer_invite"],
      { error: "channel must be signup, account, business_portal or producer_invite" },
    ),
    processing: z.boolean({ error: "processing must be true or false" }).default(false),
    marketing: z.boolean({ error: "marketing must be true or false" }).default(false),
    operating_rules: z.boolean({ error: "operating_rules must be true or false" }).default(false),
  })
  .strict()
  .refine((b) => b.processing || b.marketing || b.operating_rules, "agree to at least one purpose")
export type StoreMyConsentsType = z.infer<typeof StoreMyConsents>

export const StoreWithdrawConsent = z.object({}).strict()
