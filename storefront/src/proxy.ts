import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Sends `/` and unprefixed paths to the visitor's language (cookie, then Accept-Language, then vi). */
export default createMiddleware(routing)

export const config = {
  // Everything except Next internals, the image optimiser and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
