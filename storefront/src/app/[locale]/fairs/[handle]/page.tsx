import { vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { getTradeEvent } from "@/lib/data/events"
import { alternates } from "@/lib/seo"
import { EventFacts } from "@/modules/trade/components/event-facts"
import { EventProgramme } from "@/modules/trade/components/event-programme"
import { ExhibitorItem } from "@/modules/trade/components/exhibitor-item"
import { eventName } from "@/modules/trade/format"

// Shared by every visitor: rendered on first request and cached whole until MAX_AGE passes or a
// revocation expires the catalogue's tag (an exhibitor's revoked product leaves the page).
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

type Props = { params: Promise<{ handle: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle, locale } = await params
  const event = await getTradeEvent(handle)
  if (!event) return { title: (await getTranslations({ locale, namespace: "Fairs" }))("notFoundTitle") }
  return {
    title: eventName(event, locale),
    description: event.description ?? undefined,
    alternates: alternates(locale, `/fairs/${handle}`),
  }
}

/** A fair's public page: when and where, the programme, and the booths with their certified products. */
export default async function FairPage({ params }: Props) {
  const { handle, locale } = await params
  setRequestLocale(locale)
  const event = await getTradeEvent(handle)
  if (!event) notFound()
  const [t, kinds] = await Promise.all([getTranslations("Fairs"), getTranslations("EventKind")])
  // A fair that is over takes no meeting requests (the page is cached for minutes, not days).
  const bookable = event.ends_on >= vietnamDate() && event.meetings.tables > 0
  return (
    <article className="space-y-8" data-testid="trade-event-page">
      <Link href="/fairs" className="text-sm underline">
        ← {t("back")}
      </Link>
      <header className="space-y-3">
        <p className="text-sm text-stone-600">{kinds(event.kind)}</p>
        <h1 className="text-3xl font-bold">{eventName(event, locale)}</h1>
        <EventFacts event={event} />
        {event.description && <p className="max-w-prose leading-relaxed">{event.description}</p>}
      </header>
      <EventProgramme items={event.programme} />
      <section aria-labelledby="exhibitors" className="space-y-3">
        <h2 id="exhibitors" className="text-xl font-semibold">
          {t("exhibitors")}
        </h2>
        {event.exhibitors.length ? (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="exhibitors">
            {event.exhibitors.map((x) => (
              <ExhibitorItem key={x.id} exhibitor={x} eventId={event.id} bookable={bookable} />
            ))}
          </ul>
        ) : (
          <p>{t("noExhibitors")}</p>
        )}
      </section>
    </article>
  )
}
