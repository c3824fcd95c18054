import type { ReactNode } from "react"
import { redirect } from "next/navigation"
import { ClientMessages } from "@/i18n/client-messages"
import { myConsents } from "@/lib/data/consents"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The texts this part's client components read: sign-in, registration, addresses, password reset and
 * an order's VietQR. A signed-in customer asked to agree again to a changed policy answers first:
 * no page of the account opens until then (docs/decisions/036-policies-and-consent.md).
 */
export default async function AccountLayout({ children, params }: Props) {
  const { locale } = await params
  const consents = await myConsents()
  if (consents?.reconsent.length) redirect(`/${locale}/consent?next=${encodeURIComponent(`/${locale}/account`)}`)
  return (
    <ClientMessages locale={locale} part="account">
      {children}
    </ClientMessages>
  )
}
