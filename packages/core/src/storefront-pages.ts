import type { MessageLanguage } from "./message-language"
import { POLICY_SLUGS, type PolicyKind } from "./policies"

/**
 * Storefront pages that other surfaces (e-mails, the backend) link to, named once so a link cannot
 * drift from the page: each is a path under `/{lang}/`.
 */
export const STOREFRONT_PAGES = {
  /** Returns and complaints: how to complain about an order (a policy page). */
  complaints: "policies/returns",
  /** "Find my order": order number with its phone or e-mail (`?number=` fills the number in). */
  orderLookup: "order/lookup",
} as const

export type StorefrontPage = keyof typeof STOREFRONT_PAGES

/** The absolute address of a storefront page in a language, from the storefront's base URL. */
export function storefrontPageUrl(
  base: string,
  lang: MessageLanguage,
  page: StorefrontPage,
  query?: Record<string, string | number>,
): string {
  const search = query ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` : ""
  return `${base.replace(/\/+$/, "")}/${lang}/${STOREFRONT_PAGES[page]}${search}`
}

/** The address of one version of a policy, word for word as it was agreed to (`/{lang}/policies/<slug>/<version>`). */
export function policyVersionUrl(base: string, lang: MessageLanguage, kind: PolicyKind, version: string): string {
  return `${base.replace(/\/+$/, "")}/${lang}/policies/${POLICY_SLUGS[kind]}/${encodeURIComponent(version)}`
}
