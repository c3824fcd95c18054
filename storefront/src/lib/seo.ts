import { routing } from "@/i18n/routing"

/**
 * Canonical URL and hreflang alternates of a page present in every language:
 * `path` is the page's path without the locale ("" for home, "/products/x").
 */
export function alternates(locale: string, path: string) {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, `/${l}${path}`]))
  languages["x-default"] = `/${routing.defaultLocale}${path}`
  return { canonical: `/${locale}${path}`, languages }
}
