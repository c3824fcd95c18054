import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceConfig, type TraceConfig } from "./config"
import { coarsePlace, deviceClass, preferredLocale } from "./client"
import { linkset } from "./linkset"
import { problemPage } from "./pages"
import { resolveCode, type Resolution } from "./resolve"
import { scanRecorder } from "./scan-recorder"

let config: TraceConfig | null = null
export const resolverConfig = () => (config ??= traceConfig())

/** Machines ask for the linkset by media type or by `linkType=all`; everyone else is a person. */
function wantsLinkset(req: MedusaRequest): boolean {
  if (req.query.linkType === "all") return true
  const accept = req.get("accept") ?? ""
  return /application\/(linkset\+)?json/.test(accept) && !/text\/html/.test(accept)
}

const queryOf = (token: string | null) => (token ? `?s=${encodeURIComponent(token)}` : "")

/**
 * The GS1 Digital Link resolver: `GET /01/{GTIN}[/10/{lot}][/21/{serial}]` and the fallback
 * `/p/{handle}/…`. People are sent (307) to the scan page in their language and their scan is
 * recorded; machines get the linkset. An unregistered lot or serial walks up (303) to what is
 * registered, as GS1's resolver does; a person's walk-up keeps the unregistered part so the scan
 * page can warn about it. An unknown product is a 404 with a page that says so. No workflow runs
 * here: everything read is cached per process (resolve.ts).
 */
export async function resolveDigitalLink(req: MedusaRequest, res: MedusaResponse) {
  const cfg = resolverConfig()
  const path = req.originalUrl.split("?")[0]
  const token = typeof req.query.s === "string" ? req.query.s : null
  const machine = wantsLinkset(req)
  const locale = preferredLocale(req.get("accept-language"))
  const found: Resolution = await resolveCode(req.scope, path, token, cfg)
  res.setHeader("Vary", "Accept, Accept-Language")

  if (found.kind !== "found") {
    const status = found.kind === "invalid" ? 400 : 404
    res.setHeader("Cache-Control", "no-store")
    if (machine) {
      res.status(status).json({ type: found.kind === "invalid" ? "invalid_data" : "not_found", message: found.reason })
    } else {
      const kind = found.kind === "invalid" ? "invalid" : "unknown"
      res
        .status(status)
        .type("html")
        .send(problemPage(kind, found.reason, locale, `${cfg.storefrontUrl}/${locale}/products`))
    }
    return
  }

  if (req.query.linkType === "gs1:pip" && found.product.listed) {
    res.setHeader("Cache-Control", "no-store")
    return res.redirect(307, `${cfg.storefrontUrl}/${locale}/products/${found.product.handle}`)
  }

  if (found.unknown) {
    res.setHeader("Cache-Control", "no-store")
    if (machine) return res.redirect(303, found.path)
    const remainder = found.requested.slice(found.path.length)
    const hint = `?unregistered=${encodeURIComponent(remainder)}${token ? `&s=${encodeURIComponent(token)}` : ""}`
    return res.redirect(303, `${cfg.storefrontUrl}/${locale}${found.path}${hint}`)
  }

  if (machine) {
    // What a linkset says changes only with a listing; scans and certificate states are on the page.
    res.setHeader("Cache-Control", "public, max-age=60")
    res.type("application/linkset+json").send(JSON.stringify(linkset(found, cfg, queryOf(token))))
    return
  }

  const device = deviceClass(req.get("user-agent"))
  if (device !== "bot") {
    scanRecorder(req.scope, cfg.flushMs, cfg.cloneRules).record({
      lot_id: found.lot?.id ?? null,
      serial_id: found.serialId,
      product_id: found.product.id,
      scanned_at: new Date(),
      ...coarsePlace(req, cfg.trustGeoHeaders),
      device,
      verdict: found.token === "forged" ? "forged_token" : "resolved",
    })
  }
  res.setHeader("Cache-Control", "no-store")
  res.redirect(307, `${cfg.storefrontUrl}/${locale}${found.requested}${queryOf(token)}`)
}
