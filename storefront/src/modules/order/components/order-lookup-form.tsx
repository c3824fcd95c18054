"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { lookupOrder, type LookupState } from "@/lib/actions/order-lookup"

const input = "w-full rounded border border-stone-300 px-3 py-2"

/**
 * Order number and phone or e-mail; the server action opens the order or says why not. `number`
 * fills the number in when the page was opened from an e-mail about the order.
 */
export function OrderLookupForm({ number }: { number?: string }) {
  const t = useTranslations("Order")
  const locale = useLocale()
  const [state, action, pending] = useActionState<LookupState, FormData>(lookupOrder, {})
  return (
    <form action={action} className="max-w-md space-y-3" data-testid="order-lookup-form">
      <input type="hidden" name="locale" value={locale} />
      <div className="space-y-1">
        <label htmlFor="lookup-number" className="block text-sm font-semibold">
          {t("lookupNumber")}
        </label>
        <input
          id="lookup-number"
          name="number"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={12}
          className={input}
          defaultValue={state.values?.number ?? number}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="lookup-contact" className="block text-sm font-semibold">
          {t("lookupContact")}
        </label>
        <input
          id="lookup-contact"
          name="contact"
          autoComplete="email"
          required
          maxLength={200}
          className={input}
          defaultValue={state.values?.contact}
        />
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {t(`lookupError.${state.error}`)}
        </p>
      )}
      <button disabled={pending} className="w-full rounded bg-ocop-red px-4 py-2 font-semibold text-white sm:w-auto">
        {t("lookupSubmit")}
      </button>
    </form>
  )
}
