"use client"

import { VIETNAM_PROVINCES } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { type AccountState, addAddress } from "@/lib/actions/account"

const input = "w-full rounded border border-stone-300 px-3 py-2"

/** Adds an address to the customer's book: province, commune/ward, street, who receives it. */
export function AddressForm() {
  const t = useTranslations("Account")
  const c = useTranslations("Checkout")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AccountState, FormData>(addAddress, {})
  const row = (id: string, label: string, el: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {el}
    </div>
  )
  return (
    <form action={action} className="space-y-3" data-testid="address-form">
      <h3 className="font-semibold">{t("addAddress")}</h3>
      <input type="hidden" name="locale" value={locale} />
      {row(
        "addr-name",
        c("name"),
        <input id="addr-name" name="name" defaultValue={state.values?.name} className={input} required />,
      )}
      {row(
        "addr-phone",
        c("phone"),
        <input id="addr-phone" name="phone" defaultValue={state.values?.phone} type="tel" className={input} required />,
      )}
      {row(
        "addr-province",
        c("province"),
        <select
          id="addr-province"
          name="province"
          defaultValue={state.values?.province ?? "quang-tri"}
          className={input}
        >
          {VIETNAM_PROVINCES.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>,
      )}
      {row(
        "addr-commune",
        c("commune"),
        <input id="addr-commune" name="commune" defaultValue={state.values?.commune} className={input} required />,
      )}
      {row(
        "addr-street",
        c("street"),
        <input id="addr-street" name="street" defaultValue={state.values?.street} className={input} required />,
      )}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.error as "invalid")}
        </p>
      )}
      {state.ok && <p role="status">{t("addressSaved")}</p>}
      <button disabled={pending} className="rounded bg-ocop-red px-4 py-2 font-semibold text-white">
        {t("save")}
      </button>
    </form>
  )
}
