import { useLocale, useTranslations } from "next-intl"
import type { AgreementView } from "@ocop/core"
import { fileSize } from "../format"
import type { TradeState } from "../state"
import { inputClass, secondaryButton } from "../styles"
import { FormMessage } from "./form-message"

type Props = { agreement: AgreementView; upload: TradeState; canUpload: boolean }

/**
 * The agreement's PDFs and an upload form. Both go through the storefront's route handlers, which
 * add the customer's token: the files are private, and an upload may be larger than a server
 * action accepts. The upload is a plain form, so it works without JavaScript.
 */
export function AgreementDocuments({ agreement, upload, canUpload }: Props) {
  const t = useTranslations("Agreements")
  const locale = useLocale()
  const base = `/api/trade/agreements/${encodeURIComponent(agreement.id)}/documents`
  return (
    <section aria-labelledby="documents" className="space-y-3">
      <h2 id="documents" className="text-lg font-semibold">
        {t("documents")}
      </h2>
      {agreement.documents.length ? (
        <ul className="space-y-1 text-sm" data-testid="agreement-documents">
          {agreement.documents.map((d) => (
            <li key={d.id}>
              <a href={`${base}/${encodeURIComponent(d.id)}`} className="underline" download>
                {t("download", { name: d.filename, size: fileSize(d.size, locale) })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{t("noDocuments")}</p>
      )}
      {canUpload && (
        <form
          action={`${base}?locale=${locale}`}
          method="post"
          encType="multipart/form-data"
          className="max-w-xl space-y-2"
          data-testid="document-form"
        >
          <label htmlFor="document-file" className="block text-sm font-semibold">
            {t("file")}
          </label>
          <input
            id="document-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            required
            aria-describedby="document-hint"
            className={inputClass}
          />
          <p id="document-hint" className="text-xs text-stone-600">
            {t("uploadHint")}
          </p>
          <FormMessage state={upload} saved={t("uploaded")} />
          <button type="submit" className={secondaryButton}>
            {t("upload")}
          </button>
        </form>
      )}
    </section>
  )
}
