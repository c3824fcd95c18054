import { useLocale, useTranslations } from "next-intl"
import type { TradeEventPage } from "@ocop/core"
import { eventDays } from "../format"

/** When and where a fair is, who organises it, and how its business meetings run. */
export function EventFacts({ event }: { event: TradeEventPage }) {
  const t = useTranslations("Fairs")
  const locale = useLocale()
  const { meetings } = event
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-stone-600">{t("dates")}</dt>
        <dd data-testid="event-dates">{eventDays(event, locale)}</dd>
        <dt className="text-stone-600">{t("venue")}</dt>
        <dd>{event.venue}</dd>
        <dt className="text-stone-600">{t("organiser")}</dt>
        <dd>{event.organiser}</dd>
      </dl>
      {meetings.tables > 0 && (
        <p className="text-sm">
          {t("meetings", {
            from: meetings.from,
            to: meetings.to,
            minutes: meetings.slot_minutes,
            tables: meetings.tables,
          })}{" "}
          {event.buyers_count > 0 && t("buyers", { count: event.buyers_count })}
        </p>
      )}
    </div>
  )
}
