import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs a write and answers a conflict (a slot or table taken, an order already shipped) as 409 with its own message: Medusa's
 * error handler replaces every conflict's message with a generic one about idempotency keys, which
 * would leave the caller guessing what happened.
 */
export async function answeringConflicts(res: MedusaResponse, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    const { type, message } = (error ?? {}) as { type?: string; message?: string }
    if (type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", message })
  }
}
