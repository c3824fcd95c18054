"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveMeetingNotes } from "@/lib/actions/trade/meetings"
import type { TradeState } from "../state"
import { inputClass, secondaryButton } from "../styles"
import { FormMessage } from "./form-message"

/** The business's own notes on a meeting's outcome; the other party never sees them. */
export function MeetingNotesForm({ id, notes }: { id: string; notes: string | null }) {
  const t = useTranslations("Meetings")
  const p = useTranslations("Portal")
  const [state, action, pending] = useActionState<TradeState, FormData>(saveMeetingNotes, {})
  const field = `notes-${id}`
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={field} className="block text-sm font-semibold">
        {t("notes")}
      </label>
      <textarea
        id={field}
        name="notes"
        rows={2}
        maxLength={4000}
        defaultValue={state.values?.notes ?? notes ?? ""}
        className={inputClass}
      />
      <FormMessage state={state} saved={p("saved")} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {t("saveNotes")}
      </button>
    </form>
  )
}
