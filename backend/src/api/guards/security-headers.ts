import type { ServerResponse } from "node:http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
/** Browsers ignore HSTS over plain http, and a local http deployment must never be told to upgrade. */
const hsts = backendUrl.startsWith("https://")
const FRAME_ANCESTORS = "frame-ancestors 'none'"

/**
 * Headers every backend answer carries: API answers are data, and the admin dashboard is a page no
 * other site may frame; nothing is to be sniffed into HTML.
 */
export const BACKEND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": FRAME_ANCESTORS,
  "Referrer-Policy": "strict-origin-when-cross-origin",
  ...(hsts ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
}

/**
 * Completes an answer's headers as they are about to be written: the ones a handler set stay, the
 * missing ones are added, and Express's banner, which tells an attacker which stack to aim at, goes.
 * A policy of the handler's own gains `frame-ancestors`, which no other directive falls back to.
 */
export function completeSecurityHeaders(res: ServerResponse) {
  res.removeHeader("X-Powered-By")
  for (const [name, value] of Object.entries(BACKEND_SECURITY_HEADERS)) {
    if (!res.hasHeader(name)) res.setHeader(name, value)
  }
  const policy = String(res.getHeader("Content-Security-Policy"))
  if (!policy.includes("frame-ancestors")) res.setHeader("Content-Security-Policy", `${policy}; ${FRAME_ANCESTORS}`)
}

/** The same headers on the application's routes, set before a handler runs so it may override them. */
export function securityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  completeSecurityHeaders(res)
  next()
}
