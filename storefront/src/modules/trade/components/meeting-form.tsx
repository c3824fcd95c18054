"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestMeeting } from "@/lib/actions/trade/meetings"
import { fieldErrors } from "../field-errors"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"

export type SlotGroup = { day: string; slots: { start: string; label: string }[] }

type Props = {
  eventId: string
  counterpartId: string
  needId?: string
  offerId?: string
  groups: SlotGroup[]
}

/**
 * Step two: one free slot (Vietnam time) and a message. A slot taken meanwhile is refused by the
 * API with a 409 naming who is busy, shown above the button.
 */
export function MeetingForm({ eventId, counterpartId, needId, offerId, groups }: Props) {
  const t = useTranslations("Meetings")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(requestMeeting, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  return (
    <form action={action} noValidate className="max-w-xl space-y-3" data-testid="meeting-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="event_id" value={eventId} />
      <input type="hidden" name="counterpart_id" value={counterpartId} />
      {needId && <input type="hidden" name="need_id" value={needId} />}
      {offerId && <input type="hidden" name="offer_id" value={offerId} />}
      <Field id="meeting-slot" label={t("slot")} error={error("slot_start")}>
        <select
          key={state.values?.slot_start}
          id="meeting-slot"
          name="slot_start"
          defaultValue={state.values?.slot_start ?? ""}
          className={inputClass}
          data-testid="meeting-slot"
        >
          <option value="" disabled>
            {t("slot")}
          </option>
          {groups.map((group) => (
            <optgroup key={group.day} label={group.day}>
              {group.slots.map((slot) => (
                <option key={slot.start} value={slot.start}>
                  {slot.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="meeting-message" label={t("messageLabel")} error={error("message")}>
        <textarea
          id="meeting-message"
          name="message"
          rows={3}
          maxLength={1000}
          defaultValue={state.values?.message ?? ""}
          className={inputClass}
        />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? p("sending") : t("submit")}
      </button>
    </form>
  )
}
