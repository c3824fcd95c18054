"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { requestPasswordReset, resetPassword, type ResetState } from "@/lib/actions/password-reset"

const input = "w-full rounded border border-stone-300 px-3 py-2"
const button = "rounded bg-ocop-red px-4 py-2 font-semibold text-white"

/** Asks for the e-mail a reset link goes to. Checked on the server, so messages are in the page's language. */
export function ForgotPasswordForm() {
  const t = useTranslations("PasswordReset")
  const locale = useLocale()
  const [state, action, pending] = useActionState<ResetState, FormData>(requestPasswordReset, {})
  if (state.sent) {
    return (
      <p role="status" className="max-w-prose rounded border border-green-700 bg-green-50 p-4" data-testid="reset-sent">
        {t("sent")}
      </p>
    )
  }
  return (
    <form action={action} noValidate className="max-w-md space-y-3" data-testid="forgot-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="forgot-email" className="block text-sm font-semibold">
        {t("email")}
      </label>
      <input id="forgot-email" name="email" type="email" autoComplete="email" className={input} />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.error)}
        </p>
      )}
      <button disabled={pending} className={button}>
        {t("send")}
      </button>
    </form>
  )
}

/** The new password, twice, with the token from the e-mail's link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("PasswordReset")
  const locale = useLocale()
  const [state, action, pending] = useActionState<ResetState, FormData>(resetPassword, {})
  return (
    <form action={action} noValidate className="max-w-md space-y-3" data-testid="reset-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <label htmlFor="reset-password" className="block text-sm font-semibold">
        {t("newPassword")}
      </label>
      <input id="reset-password" name="password" type="password" autoComplete="new-password" className={input} />
      <label htmlFor="reset-confirm" className="block text-sm font-semibold">
        {t("confirm")}
      </label>
      <input id="reset-confirm" name="confirm" type="password" autoComplete="new-password" className={input} />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.error)}{" "}
          {state.error === "expired" && (
            <Link href="/account/forgot-password" className="underline">
              {t("again")}
            </Link>
          )}
        </p>
      )}
      <button disabled={pending} className={button}>
        {t("save")}
      </button>
    </form>
  )
}
