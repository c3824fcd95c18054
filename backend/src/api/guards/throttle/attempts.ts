import type { MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { SIGN_IN_BLOCK } from "./limits"
import type { Limiters } from "./limiters"

/** Counts one attempt; the milliseconds to wait when the key is over its limit, else 0. */
export async function take(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key)
    return 0
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext
    throw refusal
  }
}

/**
 * Counts one sign-in attempt for an account. The first attempt over the limit blocks the account,
 * for longer each time it happens again within a day (progressive, capped: limits.ts).
 */
export async function takeSignIn(limiters: Limiters, account: string): Promise<number> {
  const limiter = limiters.signInAccount
  try {
    await limiter.consume(account)
    return 0
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    // Increments are atomic: of concurrent attempts exactly one is the first over the limit.
    if (refusal.consumedPoints !== limiter.points + 1) return refusal.msBeforeNext
    const blocks = await limiters.signInBlocks.penalty(account, 1)
    const seconds = Math.min(SIGN_IN_BLOCK.firstSeconds * 2 ** (blocks.consumedPoints - 1), SIGN_IN_BLOCK.maxSeconds)
    return (await limiter.block(account, seconds)).msBeforeNext
  }
}

/**
 * Answers 429 with `Retry-After` in whole seconds, in the shape of Medusa's own errors. The
 * message says the same whether or not the account exists.
 */
export function tooManyAttempts(res: MedusaResponse, waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const minutes = Math.ceil(seconds / 60)
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "not_allowed",
    message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  })
}
