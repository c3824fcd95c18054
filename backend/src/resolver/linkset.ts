import type { TraceConfig } from "./config"
import type { Resolution } from "./resolve"

type Found = Extract<Resolution, { kind: "found" }>
type Link = { href: string; title?: string; type?: string; hreflang?: string[] }

const VOC = "https://gs1.org/voc/"
const LOCALES = ["vi", "en"] as const

/**
 * The GS1 linkset of a code (IETF RFC 9264 JSON, GS1-Conformant Resolver 1.1 link types): the scan
 * page as default link and traceability information, the product page to buy (`gs1:pip`, only
 * while the product is listed) and the certificate (`gs1:certificationInfo`).
 */
export function linkset(found: Found, config: TraceConfig, query: string) {
  const { product } = found
  const scanPages = LOCALES.map((l) => ({
    href: `${config.storefrontUrl}/${l}${found.path}${query}`,
    title: l === "en" && product.title_en ? product.title_en : product.title,
    type: "text/html",
    hreflang: [l],
  }))
  const links: Record<string, Link[]> = {
    [`${VOC}defaultLink`]: [scanPages[0]],
    [`${VOC}defaultLinkMulti`]: scanPages,
    [`${VOC}traceability`]: scanPages,
  }
  if (product.listed) {
    links[`${VOC}pip`] = LOCALES.map((l) => ({
      href: `${config.storefrontUrl}/${l}/products/${product.handle}`,
      title: product.title,
      type: "text/html",
      hreflang: [l],
    }))
  }
  const base = found.path.split("/").slice(0, 3).join("/")
  const certificate = product.certificates.length
    ? LOCALES.map((l) => ({
        href: `${config.storefrontUrl}/${l}${base}#certificate`,
        title: "OCOP",
        type: "text/html",
        hreflang: [l],
      }))
    : null
  if (certificate) links[`${VOC}certificationInfo`] = certificate
  return { linkset: [{ anchor: `${config.origin}${found.path}`, ...links }] }
}
