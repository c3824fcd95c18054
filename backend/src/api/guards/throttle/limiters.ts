import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { AUTH_LIMITS, SIGN_IN_BLOCK, throttleScale } from "./limits"

export type LimiterName = keyof typeof AUTH_LIMITS | "signInBlocks"
export type Limiters = Record<LimiterName, RateLimiterAbstract>

/**
 * The limiters behind every auth throttle. With a Redis client (the distributed mode) the counts
 * live in Redis, so every backend instance sees the same ones; a per-process memory count stands in
 * while Redis is unreachable, so sign-in keeps working. Without one (the embedded mode, a single
 * process) they live in memory.
 */
export function createLimiters({ redis, scale = 1 }: { redis?: Redis; scale?: number }): Limiters {
  const make = (name: LimiterName, points: number, duration: number) => {
    const keyPrefix = `ocop:throttle:${name}`
    const memory = new RateLimiterMemory({ keyPrefix, points, duration })
    return redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory })
      : memory
  }
  const limits = Object.entries(AUTH_LIMITS).map(([name, { points, seconds }]) => [
    name,
    make(name as LimiterName, Math.round(points * scale), seconds),
  ])
  return {
    ...(Object.fromEntries(limits) as Record<keyof typeof AUTH_LIMITS, RateLimiterAbstract>),
    // How many times an account was blocked lately: each block lasts longer (limits.ts).
    signInBlocks: make("signInBlocks", Number.MAX_SAFE_INTEGER, SIGN_IN_BLOCK.memorySeconds),
  }
}

/** Read at load, so a bad value stops the server at start instead of failing sign-ins. */
const configuredScale = throttleScale(process.env.AUTH_THROTTLE_SCALE)
let shared: Limiters | null = null

/** This process's limiters, on Redis when `REDIS_URL` is set, built at the first auth request. */
export function authLimiters(): Limiters {
  if (shared) return shared
  const url = process.env.REDIS_URL
  // A count waits for the connection once at most: while Redis is down the memory stand-in answers.
  const redis = url ? new Redis(url, { maxRetriesPerRequest: 1 }) : undefined
  shared = createLimiters({ redis, scale: configuredScale })
  return shared
}
