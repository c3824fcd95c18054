"use client"

import { useLocale, useTranslations } from "next-intl"
import type { ConsentVersions } from "@ocop/core"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { type AccountState, login, register } from "@/lib/actions/account"
import { ConsentFields } from "@/modules/policies/components/consent-fields"

const input = "w-full rounded border border-stone-300 px-3 py-2"

/** A labelled input; ids carry the form's prefix because both forms sit on one page. */
function Field({ id, name, label, ...rest }: { id: string; name: string; label: string } & Record<string, unknown>) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={id} name={name} className={input} {...rest} />
    </div>
  )
}

/**
 * Log in and register side by side, each a server action that sets the httpOnly session cookie. The
 * server checks every field (`noValidate`), so messages come in the page's language, not the browser's.
 * `next` is the page that sent the visitor to sign in; both forms return there.
 */
export function AuthForms({ next, versions }: { next?: string; versions: ConsentVersions }) {
  const t = useTranslations("Account")
  const reset = useTranslations("PasswordReset")
  const locale = useLocale()
  const [loginState, loginAction, loggingIn] = useActionState<AccountState, FormData>(login, {})
  const [registerState, registerAction, registering] = useActionState<AccountState, FormData>(register, {})
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <form action={loginAction} noValidate className="space-y-3" data-testid="login-form">
        <h2 className="text-lg font-semibold">{t("login")}</h2>
        <input type="hidden" name="locale" value={locale} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          id="login-email"
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          defaultValue={loginState.values?.email}
        />
        <Field
          id="login-password"
          name="password"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          required
        />
        {loginState.error && (
          <p role="alert" className="text-sm text-red-700">
            {t(loginState.error as "wrongLogin")}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button disabled={loggingIn} className="rounded bg-ocop-red px-4 py-2 font-semibold text-white">
            {t("login")}
          </button>
          <Link href="/account/forgot-password" className="text-sm underline" data-testid="forgot-password">
            {reset("forgot")}
          </Link>
        </div>
      </form>
      <form action={registerAction} noValidate className="space-y-3" data-testid="register-form">
        <h2 className="text-lg font-semibold">{t("register")}</h2>
        <input type="hidden" name="locale" value={locale} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          id="register-name"
          name="name"
          label={t("name")}
          autoComplete="name"
          required
          defaultValue={registerState.values?.name}
        />
        <Field
          id="register-email"
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          defaultValue={registerState.values?.email}
        />
        <Field
          id="register-phone"
          name="phone"
          label={t("phone")}
          type="tel"
          autoComplete="tel"
          defaultValue={registerState.values?.phone}
        />
        <Field
          id="register-password"
          name="password"
          label={`${t("password")} (${t("passwordHint")})`}
          type="password"
          autoComplete="new-password"
          required
        />
        <ConsentFields
          versions={versions}
          purposes="order"
          idPrefix="register"
          values={registerState.values}
          missing={registerState.error === "consent"}
          alert
        />
        {registerState.error && registerState.error !== "consent" && (
          <p role="alert" className="text-sm text-red-700">
            {t(registerState.error as "invalid")}
          </p>
        )}
        <button disabled={registering} className="rounded bg-ocop-red px-4 py-2 font-semibold text-white">
          {t("register")}
        </button>
      </form>
    </div>
  )
}
