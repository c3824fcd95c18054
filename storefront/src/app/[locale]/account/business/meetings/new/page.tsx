import { calendarDay, formatVietnamTime, vietnamDate, type SlotView } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listSlots, requireBusiness } from "@/lib/data/business"
import { getTradeEvent, listTradeEvents } from "@/lib/data/events"
import { storeError } from "@/lib/data/session"
import { FormMessage } from "@/modules/trade/components/form-message"
import { MeetingForm, type SlotGroup } from "@/modules/trade/components/meeting-form"
import { MeetingPicker } from "@/modules/trade/components/meeting-picker"
import { slotDay } from "@/modules/trade/format"
import { param, type SearchParams } from "@/modules/trade/query"
import { readRefusal, type Refusal } from "@/modules/trade/refusal"
import type { CounterpartChoice } from "@/modules/trade/types"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Meetings" }))("formTitle"), robots: { index: false } }
}

/**
 * Requesting a meeting at a fair: choose the event and the other business by name (a GET step,
 * prefilled from a match or a fair page), then one of the slots free for both, in Vietnam time.
 * Only fairs not yet over are offered; until the business is verified the form is closed.
 */
export default async function NewMeetingPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const sp = await searchParams
  const query = {
    event: param(sp, "event"),
    counterpart: param(sp, "counterpart"),
    need: param(sp, "need"),
    offer: param(sp, "offer"),
    name: param(sp, "name"),
  }
  const here = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))
  const business = await requireBusiness(locale, `/${locale}/account/business/meetings/new?${here}`)
  const locked = business.status === "verified" ? undefined : business.status
  const [t, allEvents] = await Promise.all([getTranslations("Meetings"), listTradeEvents()])
  const today = vietnamDate()
  const events = allEvents
    .filter((e) => e.ends_on >= today && e.meetings.tables > 0)
    .sort((a, b) => a.starts_on.localeCompare(b.starts_on))
  const over = allEvents.some((e) => e.id === query.event && e.ends_on < today)
  // One fair open for meetings is the one meant, whichever page the request started from.
  const event = events.find((e) => e.id === query.event) ?? (events.length === 1 ? events[0] : undefined)
  const counterpart = query.counterpart

  const page = event ? await getTradeEvent(event.handle).catch(() => null) : null
  const counterparts: CounterpartChoice[] = (page?.exhibitors ?? []).flatMap((x) =>
    x.business_id && x.business_id !== business.id ? [{ id: x.business_id, name: x.producer.name }] : [],
  )
  if (counterpart && !counterparts.some((c) => c.id === counterpart))
    counterparts.unshift({ id: counterpart, name: query.name ?? t("unknownName") })
  const name = counterparts.find((c) => c.id === counterpart)?.name

  let slots: SlotView[] | null = null
  let failure: Refusal | null = null
  if (!locked && event && counterpart) {
    try {
      slots = (await listSlots(event.id, counterpart)).filter((s) => s.free)
    } catch (e) {
      failure = readRefusal(storeError(e))
    }
  }
  const groups: SlotGroup[] = []
  for (const slot of slots ?? []) {
    const day = calendarDay(slotDay(slot.start), locale)
    const label = t("slotOption", { time: formatVietnamTime(slot.start, locale), tables: slot.tables_free })
    let group = groups.find((g) => g.day === day)
    if (!group) {
      group = { day, slots: [] }
      groups.push(group)
    }
    group.slots.push({ start: slot.start, label })
  }

  return (
    <section aria-labelledby="meeting-request" className="space-y-6">
      <h2 id="meeting-request" className="text-xl font-semibold">
        {t("formTitle")}
      </h2>
      {over && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="fair-over">
          {t("fairOver")}
        </p>
      )}
      {name && <p data-testid="meeting-counterpart">{t("counterpartName", { name })}</p>}
      {events.length ? (
        <MeetingPicker
          events={events}
          eventId={event?.id}
          counterpart={counterpart}
          counterparts={counterparts}
          keep={{ need: query.need, offer: query.offer, name: query.name }}
          locked={locked}
        />
      ) : (
        <p>{t("noEvents")}</p>
      )}
      {failure && <FormMessage state={{ error: failure }} />}
      {event && counterpart && slots && (
        <>
          <p className="text-sm text-stone-600">{t("vietnamTime")}</p>
          {slots.length ? (
            <MeetingForm
              eventId={event.id}
              counterpartId={counterpart}
              needId={query.need}
              offerId={query.offer}
              groups={groups}
            />
          ) : (
            <p>{t("noSlots")}</p>
          )}
        </>
      )}
    </section>
  )
}
