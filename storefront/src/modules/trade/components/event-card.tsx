import { useLocale, useTranslations } from "next-intl"
import type { TradeEventView } from "@ocop/core"
import { Link } from "@/i18n/navigation"
import { eventDays, eventName } from "../format"

/** A fair in the list: its kind, name, days and venue. */
export function EventCard({ event }: { event: TradeEventView }) {
  const locale = useLocale()
  const kinds = useTranslations("EventKind")
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="trade-event">
      <p className="text-sm text-stone-600">{kinds(event.kind)}</p>
      <h3 className="text-lg font-semibold">
        <Link href={`/fairs/${event.handle}`} className="underline">
          {eventName(event, locale)}
        </Link>
      </h3>
      <p className="text-sm">
        {eventDays(event, locale)} · {event.venue}
      </p>
    </li>
  )
}
