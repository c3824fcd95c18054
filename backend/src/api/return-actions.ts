import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { RETURN_DECISION_MIN, RETURN_NOTE_MAX, RETURN_STATUSES } from "@ocop/core"
import { receiveReturnWorkflow } from "../workflows/returns/receive-return"
import { refundReturnWorkflow } from "../workflows/returns/refund-return"
import type { ReturnOwner } from "../workflows/returns/steps/returns-of"

// What the producer's and the officials' return routes share: their bodies, and receiving.

/** POST …/accept: an optional note the shopper reads. */
export const AcceptReturn = z
  .object({ note: z.string({ error: "note must be text" }).trim().max(RETURN_NOTE_MAX).optional() })
  .strict()
/** POST …/refuse: why, which the shopper reads. */
export const RefuseReturn = z
  .object({
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(RETURN_DECISION_MIN, `reason must say why, in at least ${RETURN_DECISION_MIN} characters`)
      .max(RETURN_NOTE_MAX, `reason must be at most ${RETURN_NOTE_MAX} characters`),
  })
  .strict()
export const EmptyBody = z.object({}).strict()
/** GET lists: a state, and a page. */
export const ListReturns = z
  .object({
    status: z.enum(RETURN_STATUSES, { error: `status must be one of ${RETURN_STATUSES.join(", ")}` }).optional(),
    limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be whole").min(1).max(100).default(20),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int("offset must be whole")
      .min(0)
      .max(1_000_000)
      .default(0),
  })
  .strict()

/**
 * Receives a return; a card payment is then refunded through Stripe at once. A refund the provider
 * refuses leaves the return received, for an official to refund again from the admin (logged
 * without any personal data).
 */
export async function receiveAndRefund(scope: MedusaContainer, input: ReturnOwner & { id: string; by: string }) {
  const { result: received } = await receiveReturnWorkflow(scope).run({ input })
  if (received.payment_method !== "stripe") return
  try {
    await refundReturnWorkflow(scope).run({ input: { id: input.id, by: input.by, reference: null } })
  } catch (error) {
    if ((error as { type?: string }).type === MedusaError.Types.CONFLICT) return
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Return ${input.id}: the card refund failed and waits for an official (${(error as Error).message})`)
  }
}
