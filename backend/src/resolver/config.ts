import { DEFAULT_CLONE_RULES, type CloneRules } from "@ocop/core"

export type TraceConfig = {
  /** Signs the serial tokens (`?s=`); its own secret, so no other leak forges a label. */
  tokenSecret: string | undefined
  /** Origin printed in the QR codes: the shop's public address, which forwards /01/ and /p/ here. */
  origin: string
  /** Where people are sent to see a scan: the storefront's scan page. */
  storefrontUrl: string
  cloneRules: CloneRules
  /** How long a product's or lot's facts are served from memory before being read again. */
  cacheTtlMs: number
  /** How often the scan recorder writes its batch. */
  flushMs: number
  /** Read a coarse place from the CDN's visitor-location headers (Cloudflare's names). */
  trustGeoHeaders: boolean
}

const positive = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined || value === "") return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(value)}`)
  return n
}

/** Traceability settings from the environment (docs/traceability.md lists them). */
export function traceConfig(env: NodeJS.ProcessEnv = process.env): TraceConfig {
  const storefrontUrl = (env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
  return {
    tokenSecret: env.TRACE_TOKEN_SECRET || undefined,
    origin: (env.TRACE_ORIGIN || storefrontUrl).replace(/\/$/, ""),
    storefrontUrl,
    cloneRules: {
      maxScans: positive(env.TRACE_CLONE_MAX_SCANS, DEFAULT_CLONE_RULES.maxScans, "TRACE_CLONE_MAX_SCANS"),
      distanceKm: positive(env.TRACE_CLONE_DISTANCE_KM, DEFAULT_CLONE_RULES.distanceKm, "TRACE_CLONE_DISTANCE_KM"),
      windowMinutes: positive(
        env.TRACE_CLONE_WINDOW_MINUTES,
        DEFAULT_CLONE_RULES.windowMinutes,
        "TRACE_CLONE_WINDOW_MINUTES",
      ),
    },
    cacheTtlMs: positive(env.TRACE_CACHE_TTL_MS, 5_000, "TRACE_CACHE_TTL_MS"),
    flushMs: positive(env.TRACE_SCAN_FLUSH_MS, 1_000, "TRACE_SCAN_FLUSH_MS"),
    trustGeoHeaders: env.TRACE_GEO_HEADERS === "cloudflare",
  }
}
