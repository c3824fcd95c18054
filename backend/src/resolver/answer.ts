import type { MedusaContainer } from "@medusajs/framework/types"
import { coarseCoordinate } from "@ocop/core"
import { deviceClass, preferredLocale } from "./client"
import { traceConfig, type TraceConfig } from "./config"
import {
  CORS_HEADERS,
  forwardedQuery,
  LINKSET_CONTEXT_LINK,
  linksetLink,
  requestedLinkType,
  withQuery,
} from "./conformance"
import { linkset, linksOfType, type Linkset } from "./linkset"
import { decompressPath } from "./compressed"
import { problemPage } from "./pages"
import { memoByCode, resolveCode, type Resolution } from "./resolve"
import { scanRecorder } from "./scan-recorder"

let config: TraceConfig | null = null
export const resolverConfig = () => (config ??= traceConfig())

/** What the resolver reads of a request, whichever server received it. */
export type ResolverRequest = {
  /** The raw path, still percent-encoded. */
  path: string
  /** The raw query string, without its "?": passed on as received. */
  search: string
  query: URLSearchParams
  header: (name: string) => string | undefined
}

export type ResolverAnswer = { status: number; headers: Record<string, string>; body?: string }

/** Machines ask for the linkset by media type (a specific link type wins over it); others are people. */
function acceptsLinkset(req: ResolverRequest): boolean {
  const accept = req.header("accept") ?? ""
  return /application\/(linkset\+)?json/.test(accept) && !/text\/html/.test(accept)
}

const VARY = "Accept, Accept-Language"
const LINKSET_HEADERS = {
  ...CORS_HEADERS,
  "content-type": "application/linkset+json",
  "cache-control": "public, max-age=60",
  vary: VARY,
  link: LINKSET_CONTEXT_LINK,
}
const tokenQuery = (token: string | null) => (token ? `?s=${encodeURIComponent(token)}` : "")
const redirect = (status: number, location: string, link?: string): ResolverAnswer => ({
  status,
  headers: { ...CORS_HEADERS, location, "cache-control": "no-store", vary: VARY, ...(link ? { link } : {}) },
})

/**
 * A coarse place (0.1°) and country from the CDN's visitor-location headers, only when the operator
 * says the CDN sets them (TRACE_GEO_HEADERS=cloudflare): otherwise anyone could send them.
 */
function coarsePlace(req: ResolverRequest, trust: boolean) {
  const none = { lat: null, lon: null, country: null }
  if (!trust || !req.header("cf-iplatitude")) return none
  const lat = Number(req.header("cf-iplatitude"))
  const lon = Number(req.header("cf-iplongitude"))
  const country = req.header("cf-ipcountry")
  const valid = Number.isFinite(lat) && Math.abs(lat) <= 90 && Number.isFinite(lon) && Math.abs(lon) <= 180
  return {
    lat: valid ? coarseCoordinate(lat) : null,
    lon: valid ? coarseCoordinate(lon) : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
  }
}

/**
 * The GS1 Digital Link resolver: `GET /01/{GTIN}[/10/{lot}][/21/{serial}]` and the fallback
 * `/p/{handle}/…`. People are sent (307) to the scan page in their language and their scan is
 * recorded; machines get the linkset (`Accept: application/linkset+json`, `linkType=linkset`).
 * `linkType=gs1:pip` (or any type the linkset has, in short or full form) redirects to that link,
 * a type it lacks is a 404. Redirects pass the query string on and name the linkset in a `Link`
 * header (conformance.ts). An unregistered lot or serial walks up (303) to what is registered; a
 * person's walk-up keeps the unregistered part so the scan page can warn about it. An unknown
 * product is a 404 with a page that says so. No workflow runs here: everything read is cached per
 * process (resolve.ts). Served by Medusa's router and by the lean resolver listener alike.
 */
export async function answerResolver(container: MedusaContainer, req: ResolverRequest): Promise<ResolverAnswer> {
  const expanded = decompressPath(req.path)
  if (expanded) return sameAs(await answerResolver(container, expand(req, expanded)), expanded.path)
  const cfg = resolverConfig()
  const token = req.query.get("s")
  const linkType = requestedLinkType(req.query)
  const machine = linkType.kind === "linkset" || (linkType.kind === "none" && acceptsLinkset(req))
  const locale = preferredLocale(req.header("accept-language"))
  // A trailing slash names the same code (GS1 resolver standard: tolerate it).
  const path = req.path.length > 1 && req.path.endsWith("/") ? req.path.slice(0, -1) : req.path
  const found = await memoByCode(cfg.cacheTtlMs, `r:${path}|${token ?? ""}`, () =>
    resolveCode(container, path, token, cfg),
  )

  if (found.kind !== "found") return problem(found, machine, locale, cfg)

  const forwarded = forwardedQuery(req.search)
  if (found.unknown) {
    const walkUp = `${cfg.origin}${found.path}`
    if (machine) return redirect(303, withQuery(walkUp, req.search ? req.search.split("&") : []))
    const remainder = found.requested.slice(found.path.length)
    const hint = `?unregistered=${encodeURIComponent(remainder)}${token ? `&s=${encodeURIComponent(token)}` : ""}`
    return redirect(303, withQuery(`${cfg.storefrontUrl}/${locale}${found.path}${hint}`, forwarded))
  }

  // What a linkset says changes only with a listing; scans and certificate states are on the page.
  const { set, body } = await memoByCode(cfg.cacheTtlMs, `ls:${found.path}|${token ?? ""}`, async () => {
    const set = linkset(found, cfg, tokenQuery(token))
    return { set, body: JSON.stringify(set) }
  })
  if (machine) return { status: 200, headers: LINKSET_HEADERS, body }

  const link = linksetLink(cfg.origin, found.path)
  if (linkType.kind === "type" && !["defaultLink", "defaultLinkMulti", "traceability"].includes(linkType.name)) {
    const target = pick(linksOfType(set, linkType.name), locale)
    if (!target) return noSuchLinkType(linkType.raw, set)
    return redirect(307, withQuery(target.href, forwarded), link)
  }

  await recordScan(container, cfg, req, found)
  return redirect(
    307,
    withQuery(`${cfg.storefrontUrl}/${locale}${found.requested}${tokenQuery(token)}`, forwarded),
    link,
  )
}

/** The request a compressed path stands for: its own query pairs first, then the request's. */
function expand(req: ResolverRequest, expanded: { path: string; search: string }): ResolverRequest {
  const search = [expanded.search, req.search].filter(Boolean).join("&")
  return { ...req, path: expanded.path, search, query: new URLSearchParams(search) }
}

/** A compressed code's answer is its uncompressed form's, naming that form (GS1 resolver standard). */
function sameAs(answer: ResolverAnswer, path: string): ResolverAnswer {
  const own = `<${resolverConfig().origin}${path}>; rel="owl:sameAs"`
  const link = answer.headers.link ? `${answer.headers.link}, ${own}` : own
  return { ...answer, headers: { ...answer.headers, link } }
}

/** The link of a type in the visitor's language, else the first. */
function pick(links: { href: string; hreflang?: string[] }[], locale: string) {
  return links.find((l) => l.hreflang?.includes(locale)) ?? links[0]
}

/** A link type the code does not have: 404, with the link types it does have. */
function noSuchLinkType(raw: string, set: Linkset): ResolverAnswer {
  const available = Object.keys(set.linkset[0]).filter((k) => k.startsWith("http"))
  return {
    status: 404,
    headers: { ...CORS_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    body: JSON.stringify({ type: "not_found", message: `This code has no link of type ${raw}`, available }),
  }
}

/** A code that is malformed (400) or names no OCOP product (404): JSON for machines, a page for people. */
function problem(
  found: Extract<Resolution, { kind: "invalid" | "unknown_product" }>,
  machine: boolean,
  locale: "vi" | "en",
  cfg: TraceConfig,
): ResolverAnswer {
  const status = found.kind === "invalid" ? 400 : 404
  const headers = { ...CORS_HEADERS, "cache-control": "no-store", vary: VARY }
  if (machine) {
    const type = found.kind === "invalid" ? "invalid_data" : "not_found"
    return {
      status,
      headers: { ...headers, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ type, message: found.reason }),
    }
  }
  const kind = found.kind === "invalid" ? "invalid" : "unknown"
  return {
    status,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
    body: problemPage(kind, found.reason, locale, `${cfg.storefrontUrl}/${locale}/products`),
  }
}

/**
 * A person's scan of a code (not a robot's), for the scan history and the clone check. A serial's
 * scan is written before the answer, so the scan page counts it; a lot's goes in the next batch.
 */
async function recordScan(
  container: MedusaContainer,
  cfg: TraceConfig,
  req: ResolverRequest,
  found: Extract<Resolution, { kind: "found" }>,
): Promise<void> {
  const device = deviceClass(req.header("user-agent"))
  if (device === "bot") return
  const recorder = scanRecorder(container, cfg.flushMs, cfg.cloneRules)
  const scan = {
    lot_id: found.lot?.id ?? null,
    serial_id: found.serialId,
    product_id: found.product.id,
    scanned_at: new Date(),
    ...coarsePlace(req, cfg.trustGeoHeaders),
    device,
    verdict: found.token === "forged" ? ("forged_token" as const) : ("resolved" as const),
  }
  if (scan.serial_id) await recorder.recordNow(scan)
  else recorder.record(scan)
}
