import type { MedusaContainer } from "@medusajs/framework/types"
import { coarseCoordinate } from "@ocop/core"
import { deviceClass, preferredLocale } from "./client"
import { traceConfig, type TraceConfig } from "./config"
import { linkset } from "./linkset"
import { problemPage } from "./pages"
import { memoByCode, resolveCode } from "./resolve"
import { scanRecorder } from "./scan-recorder"

let config: TraceConfig | null = null
export const resolverConfig = () => (config ??= traceConfig())

/** What the resolver reads of a request, whichever server received it. */
export type ResolverRequest = {
  /** The raw path, still percent-encoded. */
  path: string
  query: URLSearchParams
  header: (name: string) => string | undefined
}

export type ResolverAnswer = { status: number; headers: Record<string, string>; body?: string }

/** Machines ask for the linkset by media type or by `linkType=all`; everyone else is a person. */
function wantsLinkset(req: ResolverRequest): boolean {
  if (req.query.get("linkType") === "all") return true
  const accept = req.header("accept") ?? ""
  return /application\/(linkset\+)?json/.test(accept) && !/text\/html/.test(accept)
}

const LINKSET_HEADERS = {
  "content-type": "application/linkset+json",
  "cache-control": "public, max-age=60",
  vary: "Accept, Accept-Language",
}
const tokenQuery = (token: string | null) => (token ? `?s=${encodeURIComponent(token)}` : "")
const redirect = (status: number, location: string): ResolverAnswer => ({
  status,
  headers: { location, "cache-control": "no-store", vary: "Accept, Accept-Language" },
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
 * recorded; machines get the linkset. An unregistered lot or serial walks up (303) to what is
 * registered, as GS1's resolver does; a person's walk-up keeps the unregistered part so the scan
 * page can warn about it. An unknown product is a 404 with a page that says so. No workflow runs
 * here: everything read is cached per process (resolve.ts). Served by Medusa's router and by the
 * lean resolver listener (resolver-server.ts) alike.
 */
export async function answerResolver(container: MedusaContainer, req: ResolverRequest): Promise<ResolverAnswer> {
  const cfg = resolverConfig()
  const token = req.query.get("s")
  const machine = wantsLinkset(req)
  const locale = preferredLocale(req.header("accept-language"))
  const found = await memoByCode(cfg.cacheTtlMs, `r:${req.path}|${token ?? ""}`, () =>
    resolveCode(container, req.path, token, cfg),
  )

  if (found.kind !== "found") {
    const status = found.kind === "invalid" ? 400 : 404
    const headers = { "cache-control": "no-store", vary: "Accept, Accept-Language" }
    if (machine) {
      const type = found.kind === "invalid" ? "invalid_data" : "not_found"
      return {
        status,
        headers: { ...headers, "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ type, message: found.reason }),
      }
    }
    const kind = found.kind === "invalid" ? "invalid" : "unknown"
    const shop = `${cfg.storefrontUrl}/${locale}/products`
    return {
      status,
      headers: { ...headers, "content-type": "text/html; charset=utf-8" },
      body: problemPage(kind, found.reason, locale, shop),
    }
  }

  if (req.query.get("linkType") === "gs1:pip" && found.product.listed) {
    return redirect(307, `${cfg.storefrontUrl}/${locale}/products/${found.product.handle}`)
  }

  if (found.unknown) {
    if (machine) return redirect(303, found.path)
    const remainder = found.requested.slice(found.path.length)
    const hint = `?unregistered=${encodeURIComponent(remainder)}${token ? `&s=${encodeURIComponent(token)}` : ""}`
    return redirect(303, `${cfg.storefrontUrl}/${locale}${found.path}${hint}`)
  }

  if (machine) {
    // What a linkset says changes only with a listing; scans and certificate states are on the page.
    const body = await memoByCode(cfg.cacheTtlMs, `ls:${req.path}|${token ?? ""}`, async () =>
      JSON.stringify(linkset(found, cfg, tokenQuery(token))),
    )
    return { status: 200, headers: LINKSET_HEADERS, body }
  }

  const device = deviceClass(req.header("user-agent"))
  if (device !== "bot") {
    scanRecorder(container, cfg.flushMs, cfg.cloneRules).record({
      lot_id: found.lot?.id ?? null,
      serial_id: found.serialId,
      product_id: found.product.id,
      scanned_at: new Date(),
      ...coarsePlace(req, cfg.trustGeoHeaders),
      device,
      verdict: found.token === "forged" ? "forged_token" : "resolved",
    })
  }
  return redirect(307, `${cfg.storefrontUrl}/${locale}${found.requested}${tokenQuery(token)}`)
}
