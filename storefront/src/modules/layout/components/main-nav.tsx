import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The shop's sections beyond the catalogue: where to buy in person, and the trade fairs. */
export function MainNav() {
  const t = useTranslations("Layout")
  return (
    <nav aria-label={t("mainNav")} className="mx-auto max-w-6xl px-4 pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold">
        <li>
          <Link href="/sales-points" className="underline-offset-4 hover:underline" data-testid="nav-sales-points">
            {t("salesPoints")}
          </Link>
        </li>
        <li>
          <Link href="/fairs" className="underline-offset-4 hover:underline" data-testid="nav-fairs">
            {t("fairs")}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
