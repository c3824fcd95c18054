import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
/** Browsers ignore HSTS over plain http, and a local http deployment must never be told to upgrade. */
const hsts = backendUrl.startsWith("https://")

/**
 * Headers every backend answer carries: API answers are data, never a page to frame or sniff into
 * HTML, and Express's own banner tells an attacker which stack to aim at.
 */
export function securityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
  if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  next()
}
