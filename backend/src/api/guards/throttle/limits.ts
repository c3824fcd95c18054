/** At most `points` counted attempts per `seconds` for one key. */
export type Limit = { points: number; seconds: number }

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Every limit on signing in, registering, resetting passwords, finding an order, reporting a
 * counterfeit and inviting a producer's staff, in one place (docs/security.md). Sign-in counts wrong answers only; the others count
 * every attempt.
 */
export const AUTH_LIMITS = {
  /** Wrong passwords for one account: guessing one password. */
  signInAccount: { points: 5, seconds: 15 * MINUTE },
  /** Wrong passwords from one address over any accounts: trying leaked lists. */
  signInAddress: { points: 50, seconds: 15 * MINUTE },
  /** Registrations naming one e-mail; creating the customer account for one counts too. */
  registerAccount: { points: 5, seconds: HOUR },
  /** Registrations from one address. */
  registerAddress: { points: 20, seconds: HOUR },
  /** Reset e-mails asked for one account: an inbox is not to be flooded. */
  resetAccount: { points: 5, seconds: HOUR },
  /** Reset e-mails asked from one address. */
  resetAddress: { points: 20, seconds: HOUR },
  /** "Find my order" tries for one order number: guessing the e-mail or phone it was placed with. */
  lookupOrder: { points: 10, seconds: HOUR },
  /** "Find my order" tries from one address: walking through order numbers. */
  lookupAddress: { points: 30, seconds: HOUR },
  /**
   * Reports of suspected counterfeits from one address: no account is asked for, so the address is
   * all there is to count; a visitor reporting a few packages is not held back, a flood is.
   */
  reportAddress: { points: 5, seconds: HOUR },
  /**
   * Staff invitations one producer's owner sends: each is an e-mail from the shop to an address the
   * owner types, so an owner's account cannot become a way to mail strangers in bulk.
   */
  inviteAccount: { points: 20, seconds: DAY },
  /** Staff invitations from one address, over any accounts. */
  inviteAddress: { points: 50, seconds: DAY },
} satisfies Record<string, Limit>

/**
 * An account over its sign-in limit is blocked for `firstSeconds`; each further block within
 * `memorySeconds` lasts twice the one before, up to `maxSeconds`. A cap keeps an attacker who
 * blocks someone else's account on purpose from shutting its owner out for days.
 */
export const SIGN_IN_BLOCK = { firstSeconds: 15 * MINUTE, maxSeconds: 4 * HOUR, memorySeconds: 24 * HOUR }

/**
 * `AUTH_THROTTLE_SCALE` multiplies every limit's attempts (durations unchanged). The test suites
 * raise it, because they register dozens of accounts from one address; production leaves it at 1.
 */
export function throttleScale(value: string | undefined): number {
  if (value === undefined || value === "") return 1
  const scale = Number(value)
  if (!Number.isFinite(scale) || scale < 1) {
    throw new Error(`AUTH_THROTTLE_SCALE must be a number of at least 1, not "${value}"`)
  }
  return scale
}
