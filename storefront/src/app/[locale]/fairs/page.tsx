import { vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listTradeEvents } from "@/lib/data/events"
import { alternates } from "@/lib/seo"
import { EventCard } from "@/modules/trade/components/event-card"
import { splitEvents } from "@/modules/trade/format"

// "Upcoming" depends on today; the Store API read underneath is cached (lib/data/events.ts).
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "Fairs" })
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/fairs") }
}

export default async function FairsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, events] = await Promise.all([getTranslations("Fairs"), listTradeEvents()])
  const { upcoming, past } = splitEvents(events, vietnamDate())
  return (
    <section className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t("upcoming")}
        </h2>
        {upcoming.length ? (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="upcoming-events">
            {upcoming.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ul>
        ) : (
          <p>{t("noUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="past" className="space-y-3">
        <h2 id="past" className="text-xl font-semibold">
          {t("past")}
        </h2>
        {past.length ? (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="past-events">
            {past.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ul>
        ) : (
          <p>{t("noPast")}</p>
        )}
      </section>
    </section>
  )
}
