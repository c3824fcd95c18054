import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { scanCode, type ScanSearchParams } from "@/modules/trace/code-path"
import { ScanPage, scanMetadata } from "@/modules/trace/components/scan-page"

// Read live on every scan: the backend counts scans and certificates change state.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; gtin: string; rest?: string[] }>
  searchParams: Promise<ScanSearchParams>
}

async function code({ params, searchParams }: Props) {
  const { gtin, rest } = await params
  return scanCode("01", gtin, rest, await searchParams)
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await props.params
  return scanMetadata(locale, await code(props))
}

/** Where a GS1 Digital Link QR code (`/01/{gtin}[/10/{lot}][/21/{serial}]`) sends people, by way of the resolver. */
export default async function GtinScanPage(props: Props) {
  const { locale } = await props.params
  setRequestLocale(locale)
  return <ScanPage locale={locale} scan={await code(props)} />
}
