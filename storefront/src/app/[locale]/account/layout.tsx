import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The texts this part's client components read: sign-in, registration, addresses, password reset and an order's VietQR. */
export default async function AccountLayout({ children, params }: Props) {
  return (
    <ClientMessages locale={(await params).locale} part="account">
      {children}
    </ClientMessages>
  )
}
