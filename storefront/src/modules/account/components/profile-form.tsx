"use client"

import { formatVietnamesePhone } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { type PersonalDataState, updateProfile } from "@/lib/actions/personal-data"

const input = "w-full rounded border border-stone-300 px-3 py-2"

/** Corrects the account's own name and phone (the e-mail is the sign-in: changed by an official on request). */
export function ProfileForm({ name, phone }: { name: string; phone: string | null }) {
  const t = useTranslations("PersonalData")
  const a = useTranslations("Account")
  const locale = useLocale()
  const [state, action, pending] = useActionState<PersonalDataState, FormData>(updateProfile, {})
  return (
    <form action={action} noValidate className="space-y-3" data-testid="profile-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="profile-name" className="block text-sm font-semibold">
          {a("name")}
        </label>
        <input id="profile-name" name="name" className={input} defaultValue={state.values?.name ?? name} required />
      </div>
      <div className="space-y-1">
        <label htmlFor="profile-phone" className="block text-sm font-semibold">
          {a("phone")}
        </label>
        <input
          id="profile-phone"
          name="phone"
          type="tel"
          className={input}
          defaultValue={state.values?.phone ?? (phone ? formatVietnamesePhone(phone) : "")}
        />
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.error as "invalid")}
        </p>
      )}
      {state.ok && (
        <p role="status" className="text-sm text-green-800" data-testid="profile-saved">
          {t("saved")}
        </p>
      )}
      <button disabled={pending} className="rounded bg-green-800 px-4 py-2 font-semibold text-white">
        {a("save")}
      </button>
    </form>
  )
}
