import { useLocale, useTranslations } from "next-intl"
import type { TradeEventView } from "@ocop/core"
import { eventDays, eventName } from "../format"
import { inputClass, secondaryButton } from "../styles"
import { Field } from "./field"

type Props = {
  events: TradeEventView[]
  eventId?: string
  counterpart?: string
  /** Carried along so the request still says which need and offer it is about. */
  keep: Record<string, string | undefined>
}

/** Step one of a meeting request, as a GET form: which fair, and whom to meet. Works without JavaScript. */
export function MeetingPicker({ events, eventId, counterpart, keep }: Props) {
  const t = useTranslations("Meetings")
  const locale = useLocale()
  return (
    <form method="get" action="" className="max-w-xl space-y-3" aria-label={t("choose")}>
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <Field id="meeting-event" label={t("event")}>
        <select id="meeting-event" name="event" defaultValue={eventId ?? ""} required className={inputClass}>
          {!eventId && <option value="">{t("event")}</option>}
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {eventName(e, locale)} ({eventDays(e, locale)})
            </option>
          ))}
        </select>
      </Field>
      <Field id="meeting-counterpart" label={t("counterpart")} hint={t("counterpartHint")}>
        <input
          id="meeting-counterpart"
          name="counterpart"
          defaultValue={counterpart ?? ""}
          required
          aria-describedby="meeting-counterpart-hint"
          className={inputClass}
        />
      </Field>
      <button type="submit" className={secondaryButton}>
        {t("showSlots")}
      </button>
    </form>
  )
}
