/**
 * What GS1's resolver standard (GS1-Conformant Resolver 1.2) asks of every answer, apart from what a
 * code resolves to: CORS for browser clients, the link type a request names, the query string passed
 * on, and the `Link` headers that point machines to the linkset and its JSON-LD context.
 * (docs/traceability.md, "Conformance".)
 */

/** Every answer, errors and redirects included: a resolver is read from any origin. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-expose-headers": "Link, Location, Content-Type",
}

/** The answer to a CORS preflight (`OPTIONS`) on any resolver path. */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "access-control-allow-headers": "Accept, Accept-Language",
  "access-control-max-age": "86400",
  allow: "GET, HEAD, OPTIONS",
}

export const VOC = "https://gs1.org/voc/"
/** GS1's JSON-LD context for linksets, named in a `Link` header on every linkset answer. */
export const LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context"
export const LINKSET_CONTEXT_LINK = `<${LINKSET_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`

/** The linkset of a code, as a `Link` header on the redirects that leave it. */
export const linksetLink = (origin: string, path: string) =>
  `<${origin}${path}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`

/** GS1's vocabulary is written `gs1:pip` or in full, under either of GS1's namespaces. */
const NAMESPACES = ["gs1:", "https://gs1.org/voc/", "http://gs1.org/voc/", "https://ref.gs1.org/voc/"]

export type LinkTypeRequest = { kind: "none" } | { kind: "linkset" } | { kind: "type"; name: string; raw: string }

/**
 * The `linkType` a request asks for: the linkset itself (`linkset`, or the deprecated `all`), one
 * link type of GS1's vocabulary by its short name (`pip`), or none. A type in another vocabulary
 * keeps its full text, so it matches nothing here and is answered 404 like any type the code lacks.
 */
export function requestedLinkType(query: URLSearchParams): LinkTypeRequest {
  const raw = query.get("linkType")?.trim()
  if (!raw) return { kind: "none" }
  if (raw === "linkset" || raw === "all") return { kind: "linkset" }
  const namespace = NAMESPACES.find((ns) => raw.startsWith(ns))
  return { kind: "type", name: namespace ? raw.slice(namespace.length) : raw, raw }
}

/**
 * The request's query string as a redirect passes it on: every key=value pair as received (not
 * re-encoded), except `linkType`, which chose the target, and `s`, which the target carries already.
 */
export function forwardedQuery(search: string): string[] {
  return search
    .split("&")
    .filter(Boolean)
    .filter((pair) => {
      const key = decodeURIComponentSafe(pair.split("=")[0])
      return key !== "linkType" && key !== "s"
    })
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "))
  } catch {
    return s
  }
}

/** `href` with more query pairs, placed before its fragment (`…?s=…&foo=bar#certificate`). */
export function withQuery(href: string, pairs: string[]): string {
  if (!pairs.length) return href
  const hash = href.indexOf("#")
  const [base, fragment] = hash < 0 ? [href, ""] : [href.slice(0, hash), href.slice(hash)]
  return `${base}${base.includes("?") ? "&" : "?"}${pairs.join("&")}${fragment}`
}
