import { formatVnd } from "@ocop/core"
import { useTranslations } from "next-intl"

/** Prices are VND in both languages ("125.000 ₫"): the shop sells in Vietnam only. */
export function Price({ amount, className }: { amount: number | null; className?: string }) {
  const t = useTranslations("Product")
  if (amount === null) return <span className={className}>{t("contactForPrice")}</span>
  return (
    <span className={className} data-testid="price">
      {formatVnd(amount)}
    </span>
  )
}
