"use client"

import type { ConsentPurpose, ConsentVersions } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { answerConsent } from "@/lib/actions/consents"
import { ConsentFields } from "./consent-fields"

/**
 * The answer to a changed policy: agree again (the boxes, unticked) or decline, which withdraws the
 * earlier consent. Works without JavaScript: the form posts to its server action.
 */
export function ConsentAnswerForm({
  reconsent,
  versions,
  next,
}: {
  reconsent: ConsentPurpose[]
  versions: ConsentVersions
  next: string
}) {
  const t = useTranslations("Consent")
  const locale = useLocale()
  const [state, action, pending] = useActionState(answerConsent, {})
  return (
    <form action={action} noValidate className="space-y-4" data-testid="reconsent-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {reconsent.includes("processing") ? (
        <ConsentFields versions={versions} purposes="order" idPrefix="reconsent" missing={state.missing} alert />
      ) : (
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="consent_marketing"
            className="mt-1 size-5 shrink-0"
            data-testid="reconsent-consent_marketing"
          />
          <span>{t("marketing")}</span>
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          name="intent"
          value="agree"
          disabled={pending}
          className="min-h-11 rounded bg-ocop-red px-4 py-2 font-semibold text-white"
          data-testid="reconsent-agree"
        >
          {t("agreeAndContinue")}
        </button>
        <button
          name="intent"
          value="decline"
          disabled={pending}
          className="min-h-11 rounded border border-stone-400 px-4 py-2 font-semibold"
          data-testid="reconsent-decline"
        >
          {t("decline")}
        </button>
      </div>
      <p className="text-xs text-stone-600">{t("declineHint")}</p>
    </form>
  )
}
