import type { TraceConfig } from "./config"
import { VOC } from "./conformance"
import type { Resolution } from "./resolve"

type Found = Extract<Resolution, { kind: "found" }>
export type Link = { href: string; title: string; type?: string; hreflang?: string[] }
export type Linkset = { linkset: [{ anchor: string; itemDescription: string } & Record<string, Link[] | string>] }

const LOCALES = ["vi", "en"] as const

/**
 * The GS1 linkset of a code (IETF RFC 9264 JSON, valid against GS1's linkset schema): the scan
 * page as default link and traceability information, the product page to buy (`gs1:pip`, only
 * while the product is listed) and the certificate (`gs1:certificationInfo`). The default link
 * carries a target and a title only, as the standard asks; its language variants are under
 * `defaultLinkMulti`.
 */
export function linkset(found: Found, config: TraceConfig, query: string): Linkset {
  const { product } = found
  const scanPages = LOCALES.map((l) => ({
    href: `${config.storefrontUrl}/${l}${found.path}${query}`,
    title: l === "en" && product.title_en ? product.title_en : product.title,
    type: "text/html",
    hreflang: [l],
  }))
  const links: Record<string, Link[]> = {
    [`${VOC}defaultLink`]: [{ href: scanPages[0].href, title: scanPages[0].title }],
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
  return { linkset: [{ anchor: `${config.origin}${found.path}`, itemDescription: product.title, ...links }] }
}

/** The links of one type of GS1's vocabulary (`pip`), in the order the linkset lists them. */
export const linksOfType = (set: Linkset, name: string): Link[] => {
  const links = set.linkset[0][`${VOC}${name}`]
  return Array.isArray(links) ? links : []
}
