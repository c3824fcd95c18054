"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { eraseAccount, type PersonalDataState } from "@/lib/actions/personal-data"

/** Deletes the account after the password and an explicit tick: nothing is undone afterwards. */
export function EraseAccountForm() {
  const t = useTranslations("PersonalData")
  const a = useTranslations("Account")
  const locale = useLocale()
  const [state, action, pending] = useActionState<PersonalDataState, FormData>(eraseAccount, {})
  return (
    <form action={action} noValidate className="space-y-3" data-testid="erase-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="erase-password" className="block text-sm font-semibold">
          {a("password")}
        </label>
        <input
          id="erase-password"
          name="password"
          type="password"
          autoComplete="current-password"
          className="w-full rounded border border-stone-300 px-3 py-2"
          required
        />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" className="mt-1" />
        <span>{t("eraseConfirm")}</span>
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.error as "failed")}
        </p>
      )}
      <button disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white">
        {t("eraseButton")}
      </button>
    </form>
  )
}
