import { defineRouting } from "next-intl/routing"

/**
 * Vietnamese first, English for visitors; the locale is always in the URL (`/vi/…`, `/en/…`),
 * so each page has one address per language for search engines and shared links. No country
 * segment: the shop sells in one region, Vietnam.
 */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
})

export type Locale = (typeof routing.locales)[number]

/** The Medusa locale of each URL locale (translations are stored as vi-VN / en-US). */
export const MEDUSA_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-US" }
