import { useLocale, useTranslations } from "next-intl"
import { calendarDay, type ProgrammeItem } from "@ocop/core"

/** The programme as the organiser publishes it, in the visitor's language where it is given. */
export function EventProgramme({ items }: { items: ProgrammeItem[] }) {
  const t = useTranslations("Fairs")
  const locale = useLocale()
  if (!items.length) return null
  return (
    <section aria-labelledby="programme" className="space-y-2">
      <h2 id="programme" className="text-xl font-semibold">
        {t("programme")}
      </h2>
      <ol className="space-y-1">
        {items.map((item, i) => (
          <li key={i} className="flex gap-3">
            <span className="shrink-0 text-stone-600">
              {[item.day && calendarDay(item.day, locale), item.time].filter(Boolean).join(" ")}
            </span>
            <span>{locale === "en" && item.title_en ? item.title_en : item.title}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
