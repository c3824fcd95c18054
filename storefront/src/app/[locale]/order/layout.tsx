import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The texts this part's client components read: finding an order and paying it by VietQR. */
export default async function OrderLayout({ children, params }: Props) {
  return (
    <ClientMessages locale={(await params).locale} part="order">
      {children}
    </ClientMessages>
  )
}
