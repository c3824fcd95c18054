import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The texts this part's client components read: a product page's buy bar. */
export default async function HandleLayout({ children, params }: Props) {
  return (
    <ClientMessages locale={(await params).locale} part="product">
      {children}
    </ClientMessages>
  )
}
