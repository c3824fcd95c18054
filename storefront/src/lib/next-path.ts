/**
 * Where a visitor sent to sign in goes back to (`?next=`). Only a path on this site is accepted:
 * one "/" then no second "/" or "\" (browsers read "//host" and "/\host" as another site), no
 * scheme, and no control characters or spaces (browsers drop tabs and newlines, so "/\t/host"
 * would become "//host"). Anything else is null, and the visitor lands on the account page.
 */
export function safeNextPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 2000) return null
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null
  if (/[\\\s]/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null
  return raw
}

/** The sign-in page of a locale, bringing the visitor back to `here` afterwards. */
export function signInPath(locale: string, here: string): string {
  const next = safeNextPath(here)
  return next ? `/${locale}/account?next=${encodeURIComponent(next)}` : `/${locale}/account`
}
