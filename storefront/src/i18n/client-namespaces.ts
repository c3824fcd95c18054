/**
 * The message namespaces the browser needs, by part of the shop. Client components read their texts
 * from the provider above them; handing every page the whole catalogue of texts (32 KB, twice in the
 * HTML) made each page two to three times its size. The shell's (header, cart count, fair not-found)
 * go with every part; `src/i18n/__tests__/client-messages.spec.ts` checks that every route provides
 * what its client components read.
 */
export const CLIENT_NAMESPACES = {
  shell: ["Layout", "Search", "Fairs"],
  product: ["Product"],
  checkout: ["Checkout", "Consent"],
  account: ["Account", "Checkout", "Consent", "PasswordReset", "PersonalData", "VietQr"],
  consent: ["Consent"],
  order: ["Order", "VietQr"],
  business: [
    "Agreements",
    "Consent",
    "BusinessProfile",
    "BusinessType",
    "Meetings",
    "Needs",
    "Offers",
    "Portal",
    "TradeErrors",
  ],
} as const

export type ClientPart = keyof typeof CLIENT_NAMESPACES
