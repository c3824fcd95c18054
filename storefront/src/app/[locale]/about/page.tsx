import type { Metadata } from "next"
import { starGlyphs } from "@ocop/core"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { type Locale, routing } from "@/i18n/routing"
import { alternates } from "@/lib/seo"

type Props = { params: Promise<{ locale: Locale }> }

/** Prerendered at build in both languages: nothing on it comes from the backend. */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

// The star bands of every framework since 2019 (DOMAIN.md); shown, not computed, so the page is static.
const BANDS = [
  { stars: 5, points: "90 – 100", recognised: true },
  { stars: 4, points: "70 – 89,99", recognised: true },
  { stars: 3, points: "50 – 69,99", recognised: true },
  { stars: 2, points: "30 – 49,99", recognised: false },
  { stars: 1, points: "< 30", recognised: false },
]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "About" })
  return { title: t("title"), alternates: alternates(locale, "/about") }
}

/** What the stars mean: a page rendered once at build time, the same for everyone. */
export default async function AboutPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("About")
  return (
    <article className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="leading-relaxed">{t("intro")}</p>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-lg font-semibold">{t("bands")}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col">{t("stars")}</th>
            <th scope="col">{t("points")}</th>
            <th scope="col">{t("recognised")}</th>
          </tr>
        </thead>
        <tbody>
          {BANDS.map((b) => (
            <tr key={b.stars} className="border-b border-stone-200">
              <td>
                <span aria-hidden className="text-amber-700">
                  {starGlyphs(b.stars)}
                </span>{" "}
                {b.stars}
              </td>
              <td>{b.points}</td>
              <td>{b.recognised ? t("yes") : t("no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="leading-relaxed">{t("validity")}</p>
      <p className="font-semibold">{t("promise")}</p>
    </article>
  )
}
