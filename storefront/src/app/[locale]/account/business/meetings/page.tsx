import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { listMeetings, requireBusiness } from "@/lib/data/business"
import { listTradeEvents } from "@/lib/data/events"
import { MeetingRow } from "@/modules/trade/components/meeting-row"
import { eventName } from "@/modules/trade/format"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ requested?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Meetings" }))("title"), robots: { index: false } }
}

/** The agenda: the business's meetings at fairs as either party, by slot. */
export default async function MeetingsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/meetings`)
  const [t, meetings, events, { requested }] = await Promise.all([
    getTranslations("Meetings"),
    listMeetings(),
    listTradeEvents().catch(() => []),
    searchParams,
  ])
  const names = new Map(events.map((e) => [e.id, eventName(e, locale)]))
  return (
    <section aria-labelledby="agenda" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="agenda" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <Link href="/account/business/meetings/new" className="text-sm font-semibold underline">
          {t("new")}
        </Link>
      </div>
      {requested && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
          {t("requested")}
        </p>
      )}
      <p className="text-sm text-stone-600">{t("vietnamTime")}</p>
      {meetings.length ? (
        <ul className="space-y-3" data-testid="meetings">
          {meetings.map((m) => (
            <MeetingRow
              key={m.id}
              meeting={m}
              eventName={names.get(m.event_id) ?? ""}
              locked={business.status !== "verified"}
            />
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
    </section>
  )
}
