import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { CLIENT_NAMESPACES, type ClientPart } from "./client-namespaces"

/** Provides the shell's namespaces and `part`'s to the client components below. */
export async function ClientMessages({
  locale,
  part,
  children,
}: {
  locale: string
  part: ClientPart
  children: ReactNode
}) {
  const all = await getMessages({ locale })
  const names = new Set<string>([...CLIENT_NAMESPACES.shell, ...CLIENT_NAMESPACES[part]])
  const messages = Object.fromEntries(Object.entries(all).filter(([name]) => names.has(name)))
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <>{children}</>
    </NextIntlClientProvider>
  )
}
