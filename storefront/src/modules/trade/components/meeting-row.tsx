import { useLocale, useTranslations } from "next-intl"
import { formatVietnamTime, type MeetingView } from "@ocop/core"
import { Link } from "@/i18n/navigation"
import { answerMeeting } from "@/lib/actions/trade/meetings"
import { cardClass, dangerButton, primaryButton, secondaryButton } from "../styles"
import { ActionForm } from "./action-form"
import { MeetingNotesForm } from "./meeting-notes-form"

const TONE = {
  requested: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-900",
  declined: "bg-stone-200 text-stone-800",
  cancelled: "bg-stone-200 text-stone-800",
} as const

/**
 * One meeting in the agenda. The business asked answers a request; either party cancels one still
 * on; an accepted meeting leads on to drafting an agreement.
 */
export function MeetingRow({
  meeting,
  eventName,
  locked,
}: {
  meeting: MeetingView
  eventName: string
  locked: boolean
}) {
  const t = useTranslations("Meetings")
  const locale = useLocale()
  const name = meeting.counterpart.company_name ?? t("unknownName")
  const answer = (value: string) => ({ id: meeting.id, answer: value })
  // Answers need a verified business (the API refuses others); notes do not.
  const awaitingMe = !locked && meeting.role === "counterpart" && meeting.status === "requested"
  const cancellable =
    !locked && (meeting.status === "accepted" || (meeting.status === "requested" && meeting.role === "requester"))
  const agreement = new URLSearchParams({ counterpart: meeting.counterpart.id, meeting: meeting.id })
  agreement.set("event", meeting.event_id)
  return (
    <li className={`${cardClass} space-y-3`} data-testid="meeting">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{t("with", { name })}</h3>
          <p className="text-sm">
            <time dateTime={meeting.slot_start}>{formatVietnamTime(meeting.slot_start, locale)}</time> · {eventName}
            {meeting.table_no !== null && ` · ${t("table", { table: meeting.table_no })}`}
          </p>
          <p className="text-sm text-stone-600">{meeting.role === "requester" ? t("youAsked") : t("theyAsked")}</p>
        </div>
        <p className={`rounded px-2 py-1 text-sm font-semibold ${TONE[meeting.status]}`} data-testid="meeting-status">
          {t(`statuses.${meeting.status}`)}
        </p>
      </div>
      {meeting.message && <p className="text-sm">{t("message", { message: meeting.message })}</p>}
      <div className="flex flex-wrap items-start gap-3">
        {awaitingMe && (
          <>
            <ActionForm
              action={answerMeeting}
              fields={answer("accept")}
              label={t("accept")}
              className={primaryButton}
              testId="accept-meeting"
            />
            <ActionForm
              action={answerMeeting}
              fields={answer("decline")}
              label={t("decline")}
              className={secondaryButton}
              testId="decline-meeting"
            />
          </>
        )}
        {cancellable && (
          <ActionForm
            action={answerMeeting}
            fields={answer("cancel")}
            label={t("cancel")}
            className={dangerButton}
            testId="cancel-meeting"
          />
        )}
        {meeting.status === "accepted" && !locked && (
          <Link
            href={`/account/business/agreements/new?${agreement}`}
            className="py-1.5 text-sm font-semibold underline"
            data-testid="meeting-agreement"
          >
            {t("agreement")}
          </Link>
        )}
      </div>
      {meeting.status !== "declined" && <MeetingNotesForm id={meeting.id} notes={meeting.notes} />}
    </li>
  )
}
