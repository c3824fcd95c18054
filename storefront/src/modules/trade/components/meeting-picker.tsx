import { useLocale, useTranslations } from "next-intl"
import type { BusinessView, TradeEventView } from "@ocop/core"
import { eventDays, eventName } from "../format"
import { inputClass, secondaryButton } from "../styles"
import type { CounterpartChoice } from "../types"
import { Field } from "./field"
import { LockedNotice } from "./locked-notice"

type Props = {
  /** Only fairs still to come or under way: a fair that is over takes no meetings. */
  events: TradeEventView[]
  eventId?: string
  counterpart?: string
  /** The businesses to choose from by name: the fair's exhibitors with an account, or the one a match named. */
  counterparts: CounterpartChoice[]
  /** Carried along so the request still says which need and offer it is about. */
  keep: Record<string, string | undefined>
  locked?: BusinessView["status"]
}

/** Step one of a meeting request, as a GET form: which fair, and whom to meet. Works without JavaScript. */
export function MeetingPicker({ events, eventId, counterpart, counterparts, keep, locked }: Props) {
  const t = useTranslations("Meetings")
  const locale = useLocale()
  return (
    <form method="get" action="" className="max-w-xl space-y-3" aria-label={t("choose")} data-testid="meeting-picker">
      {locked && <LockedNotice status={locked} id="meeting-locked" />}
      <fieldset disabled={Boolean(locked)} className="min-w-0 space-y-3">
        {Object.entries(keep).map(([name, value]) =>
          value ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <Field id="meeting-event" label={t("event")}>
          <select id="meeting-event" name="event" defaultValue={eventId ?? ""} className={inputClass}>
            {!eventId && <option value="">{t("event")}</option>}
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {eventName(e, locale)} ({eventDays(e, locale)})
              </option>
            ))}
          </select>
        </Field>
        {counterparts.length > 0 && (
          <Field id="meeting-counterpart" label={t("counterpart")}>
            <select id="meeting-counterpart" name="counterpart" defaultValue={counterpart ?? ""} className={inputClass}>
              {!counterpart && <option value="">{t("chooseCounterpart")}</option>}
              {counterparts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <button type="submit" className={secondaryButton}>
          {t("showSlots")}
        </button>
      </fieldset>
    </form>
  )
}
