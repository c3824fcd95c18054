import { SALES_POINT_TYPES, type SalesPointType } from "@ocop/core"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type Props = {
  type?: SalesPointType
  commune?: string
  communes: { code: string; name: string }[]
}

/** Filters as a plain GET form: works without JavaScript, and every filtered list has its own URL. */
export function SalesPointFilters({ type, commune, communes }: Props) {
  const t = useTranslations("SalesPoints")
  const types = useTranslations("SalesPointType")
  return (
    <form action="" method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-4">
      <label className="block text-sm">
        <span className="mb-1 block font-semibold">{t("type")}</span>
        <select name="type" defaultValue={type ?? ""} className="rounded border border-stone-300 bg-white p-2">
          <option value="">{t("allTypes")}</option>
          {SALES_POINT_TYPES.map((value) => (
            <option key={value} value={value}>
              {types(value)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-semibold">{t("commune")}</span>
        <select
          name="commune_code"
          defaultValue={commune ?? ""}
          className="rounded border border-stone-300 bg-white p-2"
        >
          <option value="">{t("allCommunes")}</option>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-ocop-red px-4 py-2 font-semibold text-white">
        {t("apply")}
      </button>
      {(type || commune) && (
        <Link href="/sales-points" className="py-2 text-sm underline">
          {t("clear")}
        </Link>
      )}
    </form>
  )
}
