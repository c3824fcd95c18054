/** The languages the shop writes to people in: Vietnamese first, English for visitors. */
export type MessageLanguage = "vi" | "en"

/**
 * The one rule for the language of anything the shop sends a person (e-mails first): the first of
 * `choices` that names Vietnamese or English decides — a BCP 47 tag as Medusa keeps an order's or
 * cart's locale (`en-US`, `vi-VN`), or a bare `en` / `vi` as the storefront records a choice. Callers
 * pass the person's own choices, most specific first (the order's locale, then the account's).
 * Nothing known, or only other languages: Vietnamese, the shop's language and the law's.
 */
export function messageLanguage(...choices: unknown[]): MessageLanguage {
  for (const choice of choices) {
    if (typeof choice !== "string") continue
    const language = choice.trim().toLowerCase().split(/[-_]/)[0]
    if (language === "vi" || language === "en") return language
  }
  return "vi"
}
