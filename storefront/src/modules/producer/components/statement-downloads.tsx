import { secondaryButton } from "@/modules/trade/styles"

type T = (key: string) => string

/**
 * A statement's files. Plain links to the storefront's own routes, which add the session the
 * browser cannot send to the backend; the PDF is written in the page's language.
 */
export function StatementDownloads({ id, locale, t }: { id: string; locale: string; t: T }) {
  const base = `/api/producer/statements/${encodeURIComponent(id)}`
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`${base}/csv`} download className={secondaryButton} data-testid="statement-csv">
        {t("csv")}
      </a>
      <a href={`${base}/pdf?lang=${locale}`} download className={secondaryButton} data-testid="statement-pdf">
        {t("pdf")}
      </a>
    </div>
  )
}
