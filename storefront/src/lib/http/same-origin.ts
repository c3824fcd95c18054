/**
 * Same check as server actions make: a form posted from another site must not act with the visitor's
 * cookie. A request that names no origin (not a browser's cross-site form) passes.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
