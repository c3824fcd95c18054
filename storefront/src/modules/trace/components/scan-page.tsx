import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { getTrace } from "@/lib/data/trace"
import type { ScanCode } from "../code-path"
import { productTitle, ScanView } from "./scan-view"
import { WarningIcon } from "./verdict"

/** The scan page's title; never indexed, since every package has its own address. */
export async function scanMetadata(locale: Locale, scan: ScanCode): Promise<Metadata> {
  const [result, t] = await Promise.all([
    getTrace(scan.code, scan.token, locale),
    getTranslations({ locale, namespace: "Trace" }),
  ])
  const title =
    result.status === 200 ? productTitle(result.trace, locale) : t(result.status === 404 ? "unknownTitle" : "malformed")
  return { title, robots: { index: false } }
}

/**
 * The page a scanned code lands on, for GS1 Digital Link paths and the `/p/` fallback alike.
 * An unknown product is the locale's not-found page; a malformed code says what is wrong with it.
 */
export async function ScanPage({ locale, scan }: { locale: Locale; scan: ScanCode }) {
  const result = await getTrace(scan.code, scan.token, locale)
  if (result.status === 404) notFound()
  if (result.status === 400) return <Malformed message={result.message} />
  return <ScanView trace={result.trace} locale={locale} />
}

async function Malformed({ message }: { message: string }) {
  const t = await getTranslations("Trace")
  return (
    <section className="mx-auto max-w-3xl space-y-4" data-testid="scan-malformed">
      <h1 className="text-2xl font-bold">{t("malformed")}</h1>
      <div role="alert" className="flex items-start gap-3 rounded-lg border-2 border-red-950 bg-red-800 p-4 text-white">
        <WarningIcon />
        <div>
          <p className="font-semibold">{t("malformedBody", { message })}</p>
          <p>{t("malformedAdvice")}</p>
        </div>
      </div>
      <Link href="/products" className="font-semibold text-ocop-red underline">
        {t("catalogue")}
      </Link>
    </section>
  )
}
