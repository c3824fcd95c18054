import { calendarDay, formatVnd, type NeedView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { closeNeed } from "@/lib/actions/trade/needs"
import { cardClass, secondaryButton } from "../styles"
import type { GroupChoice } from "../types"
import { ActionForm } from "./action-form"

/** The business's needs, open ones with a button to close them; product groups by name. */
export function NeedList({ needs, groups }: { needs: NeedView[]; groups: GroupChoice[] }) {
  const t = useTranslations("Needs")
  const locale = useLocale()
  if (!needs.length) return <p>{t("none")}</p>
  return (
    <ul className="space-y-3" data-testid="needs">
      {needs.map((need) => (
        <li key={need.id} className={`${cardClass} space-y-1`} data-testid="need">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{need.title}</h3>
            <span className="text-sm text-stone-600">{t(`statuses.${need.status}`)}</span>
          </div>
          <p className="text-sm">
            {t("summary", {
              quantity: need.quantity,
              stars: need.min_stars,
              deadline: calendarDay(need.deadline, locale),
            })}
          </p>
          {need.group_code && (
            <p className="text-sm">
              {t("groupValue", { group: groups.find((g) => g.code === need.group_code)?.name ?? need.group_code })}
            </p>
          )}
          {need.keywords.length > 0 && (
            <p className="text-sm">{t("keywordsValue", { keywords: need.keywords.join(", ") })}</p>
          )}
          {need.price_ceiling !== null && (
            <p className="text-sm">{t("ceiling", { price: formatVnd(need.price_ceiling) })}</p>
          )}
          {need.status === "open" && (
            <ActionForm action={closeNeed} fields={{ id: need.id }} label={t("close")} className={secondaryButton} />
          )}
        </li>
      ))}
    </ul>
  )
}
