/**
 * Same check as server actions make: a form posted from another site must not act with the visitor's
 * cookie. A request that names no origin (not a browser's cross-site form) passes. A page sent with
 * `Referrer-Policy: no-referrer` (an order's page, whose address holds its access token) makes the
 * browser send `Origin: null` on its own forms; the browser's `Sec-Fetch-Site`, which pages cannot
 * set, then says whether the form was the shop's own.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  if (origin === "null") return request.headers.get("sec-fetch-site") === "same-origin"
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
