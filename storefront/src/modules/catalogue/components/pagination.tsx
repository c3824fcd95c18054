import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { CatalogueQuery } from "@/lib/catalogue-query"
import { catalogueHref } from "../href"

export async function Pagination({ query, page, pages }: { query: CatalogueQuery; page: number; pages: number }) {
  if (pages <= 1) return null
  const t = await getTranslations("Catalogue")
  return (
    <nav className="mt-6 flex items-center justify-between text-sm" aria-label={t("page", { page, pages })}>
      {page > 1 ? (
        <Link href={catalogueHref(query, { page: page - 1 })} rel="prev" className="underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={catalogueHref(query, { page: page + 1 })} rel="next" className="underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
