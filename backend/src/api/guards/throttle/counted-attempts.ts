import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { take, tooManyAttempts } from "./attempts"
import { accountKey, clientAddress } from "./client"
import { authLimiters, type Limiters } from "./limiters"

type Named = { email?: unknown; identifier?: unknown; display_id?: unknown } | undefined

/** The account a body names: its e-mail (or identifier), made comparable. */
const namedAccount = (body: Named) => accountKey(body?.email ?? body?.identifier)

/**
 * A middleware counting every attempt per key the body names (an account, an order number; none
 * when the body names nothing, or when `account` is null) and per address.
 */
function throttleAttempts(account: keyof Limiters | null, address: keyof Limiters, keyOf = namedAccount) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const limiters = authLimiters()
    const key = account ? keyOf(req.body as Named) : null
    const waits = await Promise.all([
      account && key ? take(limiters[account], key) : 0,
      take(limiters[address], clientAddress(req)),
    ])
    const wait = Math.max(...waits)
    if (wait > 0) return tooManyAttempts(res, wait)
    next()
  }
}

/** `POST /auth/{actor}/emailpass/register` and `POST /store/customers`. */
export const throttleRegistration = throttleAttempts("registerAccount", "registerAddress")

/** `POST /auth/{actor}/emailpass/reset-password`. */
export const throttlePasswordReset = throttleAttempts("resetAccount", "resetAddress")

/** `POST /store/ocop/order-access/lookup`: per order number, and per address. */
export const throttleOrderLookup = throttleAttempts("lookupOrder", "lookupAddress", (body) =>
  typeof body?.display_id === "number" ? String(body.display_id) : null,
)

/**
 * `POST /store/trace/reports`: per address only, as the visitor has no account. Counted before the
 * photo is read, so a refused sender costs no upload and no image decoding.
 */
export const throttleCounterfeitReports = throttleAttempts(null, "reportAddress")

/**
 * `POST /store/producer/invites`: per signed-in owner (the guard has run) and per address, every
 * attempt counted, before the body is validated.
 */
export async function throttleProducerInvites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limiters = authLimiters()
  const actor = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const waits = await Promise.all([
    actor ? take(limiters.inviteAccount, actor) : 0,
    take(limiters.inviteAddress, clientAddress(req)),
  ])
  const wait = Math.max(...waits)
  if (wait > 0) return tooManyAttempts(res, wait)
  next()
}
