import { COMPRESSED_DIGITAL_LINK_PATH } from "@ocop/core"
import createMiddleware from "next-intl/middleware"
import { NextRequest, NextResponse } from "next/server"
import { routing } from "./i18n/routing"
import { facetKey } from "./lib/catalogue-query"
import { guardPageRequest } from "./lib/http/page-request-guard"

const intl = createMiddleware(routing)
/** The traceability resolver's paths, printed on packages without a locale (GS1 Digital Link). */
const RESOLVER = /^\/(01|p)\/|^\/\.well-known\/gs1resolver$/
/** The catalogue's own address in each language. */
const CATALOGUE = /^\/(vi|en)\/products$/

/**
 * QR codes on packages carry the shop's address. Their paths go to the backend's resolver, which
 * sends people on to the localised scan page and gives machines the GS1 linkset; the backend's
 * address is read when the server runs (a Docker image is built before its network is known).
 * Everything else: `/` and unprefixed paths go to the visitor's language (cookie, then
 * Accept-Language, then vi).
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const resolverPath = RESOLVER.test(pathname) || COMPRESSED_DIGITAL_LINK_PATH.test(pathname)
  // Next's own trailing-slash redirect is off (next.config.ts) so that a code with a trailing slash
  // reaches the resolver as printed (GS1: the same answer); every other path keeps the redirect.
  if (pathname.length > 1 && pathname.endsWith("/") && !resolverPath) {
    // A plain URL: Next's own keeps the slash it was built with.
    return NextResponse.redirect(new URL(`${pathname.replace(/\/+$/, "")}${search}`, request.url), 308)
  }
  if (resolverPath) {
    // The resolver's own listener when there is one (npm start, docker-compose), else Medusa's routes.
    const resolver = process.env.TRACE_RESOLVER_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
    // Not a page: the resolver answers its own methods (GET, HEAD, and OPTIONS for CORS).
    return NextResponse.rewrite(new URL(`${pathname}${search}`, resolver))
  }
  const refused = guardPageRequest(request)
  if (refused) return refused
  const locale = CATALOGUE.exec(pathname)?.[1]
  const key = locale && ["GET", "HEAD"].includes(request.method) ? facetKey(request.nextUrl.searchParams) : null
  // Browsing by facets is the same page for everyone: served from its cached route (decision 026).
  if (key) return NextResponse.rewrite(new URL(`/${locale}/browse/${key}`, request.url))
  return localise(request)
}

/**
 * next-intl reads the path with decodeURI and writes what it read into the URL it rewrites or
 * redirects to, so a "%25" comes out a bare "%", which Next then fails to decode: a 500 for
 * `/vi/products/%25`. Handed "%25" encoded once more, it reads the path as received and writes it
 * back so (a rewrite to the very same address). Other paths go to it untouched.
 */
function localise(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!/%25/i.test(pathname)) return intl(request)
  const url = request.nextUrl.clone()
  url.pathname = pathname.replace(/%25/gi, "%2525")
  // Only the address and headers: next-intl reads nothing else, and Next goes on with the original.
  return intl(new NextRequest(url, { headers: request.headers, method: request.method }))
}

export const config = {
  // Everything except Next internals, the image optimiser and files with an extension; and every
  // resolver path, whose lot or serial may well contain a dot.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/01/:path*", "/p/:path*", "/.well-known/gs1resolver"],
}
