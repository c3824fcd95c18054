import { messageLanguage } from "@ocop/core"

/** The e-mail and the token Medusa's `auth.password_reset` event carries. */
export type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
  metadata?: { locale?: unknown }
}

/**
 * Where the e-mail's link leads: a shopper to the storefront's page in the language the request was
 * made in, an official to the admin's own reset page. The token is a short-lived JWT Medusa signed;
 * the address carries it because an e-mail link can carry nothing else.
 */
export function resetLink(event: PasswordResetEvent, urls: { storefront: string; backend: string }): string | null {
  const query = `token=${encodeURIComponent(event.token)}&email=${encodeURIComponent(event.entity_id)}`
  if (event.actor_type === "customer") {
    const locale = messageLanguage(event.metadata?.locale)
    return `${urls.storefront}/${locale}/account/reset-password?${query}`
  }
  if (event.actor_type === "user") return `${urls.backend}/app/reset-password?${query}`
  return null
}
