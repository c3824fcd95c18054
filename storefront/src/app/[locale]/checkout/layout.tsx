import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The texts this part's client components read: the checkout form. */
export default async function CheckoutLayout({ children, params }: Props) {
  return (
    <ClientMessages locale={(await params).locale} part="checkout">
      {children}
    </ClientMessages>
  )
}
