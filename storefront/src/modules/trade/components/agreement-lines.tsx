import { formatVnd, type AgreementView } from "@ocop/core"
import { useTranslations } from "next-intl"

/** The agreement's products with quantity, unit price and line total in VND. */
export function AgreementLines({ lines }: { lines: AgreementView["lines"] }) {
  const t = useTranslations("Agreements")
  return (
    <table className="w-full border-collapse text-sm" data-testid="agreement-lines">
      <caption className="mb-1 text-left font-semibold">{t("lines")}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-1 pr-3">
            {t("product")}
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            {t("quantity")}
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            {t("unitPrice")}
          </th>
          <th scope="col" className="py-1 text-right">
            {t("lineTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.product_id} className="border-b border-stone-200">
            <td className="py-1 pr-3">{line.title}</td>
            <td className="py-1 pr-3 text-right">{line.quantity}</td>
            <td className="py-1 pr-3 text-right">{formatVnd(line.unit_price)}</td>
            <td className="py-1 text-right">{formatVnd(line.quantity * line.unit_price)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
