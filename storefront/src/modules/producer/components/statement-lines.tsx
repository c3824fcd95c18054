import { formatVietnamTime, formatVnd, type StatementPartView } from "@ocop/core"

type T = (key: string, values?: Record<string, string | number>) => string

const COLUMNS = ["order", "delivered", "product", "quantity", "value", "fee"] as const

/**
 * The delivered lines a statement counts, one row each: its order, the day it was delivered, the
 * product, quantity, value and the operator's fee on it. A table from a tablet up; on a phone each
 * row is a card of labelled values, so nothing scrolls sideways.
 */
export function StatementLines({ parts, locale, t }: { parts: StatementPartView[]; locale: string; t: T }) {
  const rows = parts.flatMap((part) => part.lines.map((line, i) => ({ part, line, key: `${part.display_id}-${i}` })))
  if (!rows.length) return <p className="text-stone-700">{t("linesEmpty")}</p>
  const cell = "flex justify-between gap-3 py-0.5 sm:table-cell sm:px-2 sm:py-2"
  const label = (column: (typeof COLUMNS)[number]) => (
    <span className="font-semibold text-stone-600 sm:hidden">{t(`columns.${column}`)}</span>
  )
  return (
    <table className="block w-full text-sm sm:table sm:border-collapse" data-testid="statement-lines">
      <thead className="hidden sm:table-header-group">
        <tr className="border-b border-stone-300 text-left">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className={`px-2 py-2 ${c === "value" || c === "fee" ? "text-right" : ""}`}>
              {t(`columns.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-2 sm:table-row-group sm:space-y-0">
        {rows.map(({ part, line, key }) => (
          <tr
            key={key}
            className="block rounded-lg border border-stone-200 bg-white p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:p-0"
            data-testid="statement-line"
          >
            <td className={cell}>
              {label("order")}
              <span>{t("orderNumber", { number: part.display_id })}</span>
            </td>
            <td className={cell}>
              {label("delivered")}
              <span>{formatVietnamTime(part.delivered_at, locale, "day")}</span>
            </td>
            <td className={cell}>
              {label("product")}
              <span className="min-w-0 break-words text-right sm:text-left">
                {line.title}
                {line.variant_title ? ` (${line.variant_title})` : ""}
              </span>
            </td>
            <td className={cell}>
              {label("quantity")}
              <span>{line.quantity}</span>
            </td>
            <td className={`${cell} sm:text-right`}>
              {label("value")}
              <span className="whitespace-nowrap tabular-nums">{formatVnd(line.value)}</span>
            </td>
            <td className={`${cell} sm:text-right`}>
              {label("fee")}
              <span className="whitespace-nowrap tabular-nums">{formatVnd(line.fee)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
