import { z } from "@medusajs/framework/zod"
import { POLICY_LIMITS } from "@ocop/core"

/** One version by its label; without it, the version in force. */
export const StorePolicyQuery = z
  .object({ version: z.string().trim().min(1).max(POLICY_LIMITS.version).optional() })
  .strict()
export type StorePolicyQueryType = z.infer<typeof StorePolicyQuery>
