/**
 * Where an invitation e-mail's link leads: the storefront's join page in the invitation's language.
 * The token rides in the address because an e-mail link can carry nothing else; it is single use
 * and only its hash is stored.
 */
export function inviteLink(storefront: string, locale: "vi" | "en", token: string): string {
  return `${storefront}/${locale}/account/producer/join?token=${encodeURIComponent(token)}`
}
