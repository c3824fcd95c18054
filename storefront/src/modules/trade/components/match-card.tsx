import type { MatchReason } from "@ocop/core"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { cardClass } from "../styles"
import { MatchReasons } from "./match-reasons"

type Props = {
  title: string
  /** The product's page, when the match is about a product the visitor can look at. */
  href: string | null
  facts: string[]
  score: number
  reasons: MatchReason[]
  meetingHref: string
}

/** One suggestion: what and who, the score out of 100, why, and a way to meet the other business. */
export function MatchCard({ title, href, facts, score, reasons, meetingHref }: Props) {
  const t = useTranslations("Matches")
  return (
    <li className={`${cardClass} space-y-3`} data-testid="match">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h5 className="font-semibold">
            {href ? (
              <Link href={href} className="underline">
                {title}
              </Link>
            ) : (
              title
            )}
          </h5>
          {facts.map((fact) => (
            <p key={fact} className="text-sm text-stone-700">
              {fact}
            </p>
          ))}
        </div>
        <p className="rounded bg-amber-100 px-2 py-1 text-sm font-bold text-amber-900" data-testid="match-score">
          {t("score", { score })}
        </p>
      </div>
      <MatchReasons reasons={reasons} />
      <Link
        href={meetingHref}
        className="inline-block rounded bg-ocop-red px-3 py-1.5 text-sm font-semibold text-white"
        data-testid="request-meeting"
      >
        {t("requestMeeting")}
      </Link>
    </li>
  )
}
