"use client"

import { formatVnd, VIETNAM_PROVINCES } from "@ocop/core"
import type { ConsentVersions } from "@ocop/core"
import { ConsentFields } from "@/modules/policies/components/consent-fields"
import { useTranslations } from "next-intl"
import { startTransition, useActionState, useRef, useState } from "react"
import { Link } from "@/i18n/navigation"
import { type CheckoutState, placeOrder } from "@/lib/actions/checkout"
import type { CheckoutField } from "../form"

type Delivery = { id: string; name: string; pickup: boolean; amount: number }
type Commune = { code: string; name: string; province: string }
type Defaults = Record<"email" | "name" | "phone" | "province" | "commune" | "street", string>

/**
 * One form, one server action (lib/actions/checkout.ts): it works without JavaScript, and with it
 * the commune list follows the chosen province, errors appear next to their fields, and choosing a
 * delivery sets it on the cart at once so the page's totals follow (without JavaScript, a button
 * does it).
 */
export function CheckoutForm(props: {
  locale: string
  /** The delivery set on the cart, whose price the totals include. */
  chosen: string
  /** The cart's total as Medusa computes it with that delivery: sent back to be checked. */
  total: number
  deliveries: Delivery[]
  payments: string[]
  communes: Commune[]
  defaults: Defaults
  /** The versions to agree to, or null when the customer's consent to them is on record. */
  consent: ConsentVersions | null
}) {
  const t = useTranslations("Checkout")
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrder, {})
  const form = useRef<HTMLFormElement>(null)
  // The button says "placing" only for an order, not while a chosen delivery is being priced.
  const [intent, setIntent] = useState<"place" | "delivery">("place")
  const v = (k: string, fallback = "") => state.values?.[k] ?? fallback
  const home = props.deliveries.filter((d) => !d.pickup)
  const pickups = props.deliveries.filter((d) => d.pickup)
  // Choices are uncontrolled (defaultValue/defaultChecked) so React's reset after each submission
  // restores what was sent; the state below only drives the commune list and the address fieldset.
  const initialDelivery = v("delivery", props.chosen || home[0]?.id || props.deliveries[0]?.id || "")
  const [delivery, setDelivery] = useState(initialDelivery)
  const [province, setProvince] = useState(v("province", props.defaults.province))
  const provinceName = VIETNAM_PROVINCES.find((p) => p.key === province)?.name
  const communes = props.communes.filter((c) => c.province === provinceName)
  const isPickup = pickups.some((p) => p.id === delivery)
  const chooseDelivery = (id: string) => {
    setDelivery(id)
    const data = new FormData(form.current!)
    data.set("intent", "delivery")
    setIntent("delivery")
    startTransition(() => action(data))
  }

  const error = (field: CheckoutField) => {
    const code = state.errors?.[field]
    return code ? (
      <p id={`${field}-error`} className="text-sm text-red-700">
        {t(`errors.${code}`)}
      </p>
    ) : null
  }
  const field = (name: CheckoutField, label: string, input: Record<string, unknown> = {}, hint?: string) => (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        defaultValue={v(name, props.defaults[name as keyof Defaults] ?? "")}
        aria-invalid={!!state.errors?.[name]}
        aria-describedby={state.errors?.[name] ? `${name}-error` : hint ? `${name}-hint` : undefined}
        className="w-full rounded border border-stone-300 px-3 py-2 aria-[invalid=true]:border-red-700"
        {...input}
      />
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error(name)}
    </div>
  )
  const option = (d: Delivery) => (
    <label key={d.id} className="flex items-center gap-2">
      <input
        type="radio"
        name="delivery"
        value={d.id}
        defaultChecked={initialDelivery === d.id}
        onChange={() => chooseDelivery(d.id)}
      />
      <span className="flex-1">{d.name}</span>
      <span className="text-sm">{d.amount ? formatVnd(d.amount) : t("free")}</span>
    </label>
  )

  return (
    <form ref={form} action={action} className="space-y-6" data-testid="checkout-form" noValidate>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="seen_total" value={props.total} />
      {(state.message || state.errors || state.notice) && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-800">
          {state.notice ? t(state.notice) : state.message ? t("failed", { message: state.message }) : t("fixErrors")}
          {state.notice === "offSale" && (
            <Link href="/cart" className="ml-1 font-semibold underline">
              {t("backToCart")}
            </Link>
          )}
        </div>
      )}
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold">{t("contact")}</legend>
        {field("name", t("name"), { autoComplete: "name", required: true })}
        {field("phone", t("phone"), { type: "tel", autoComplete: "tel", required: true }, t("phoneHint"))}
        {field("email", t("email"), { type: "email", autoComplete: "email", required: true })}
      </fieldset>

      <fieldset className="space-y-2" data-testid="delivery-options">
        <legend className="mb-2 text-lg font-semibold">{t("delivery")}</legend>
        {home.map(option)}
        {pickups.length > 0 && <p className="pt-2 text-sm font-semibold">{t("pickup")}</p>}
        {pickups.map(option)}
        {error("delivery")}
        <noscript>
          <button type="submit" name="intent" value="delivery" className="text-sm font-semibold underline">
            {t("updateDelivery")}
          </button>
        </noscript>
      </fieldset>

      <fieldset className="space-y-3" disabled={isPickup} data-testid="address">
        <legend className="mb-1 text-lg font-semibold">{t("address")}</legend>
        <p className="text-xs text-stone-600">{t("addressOnlyHome")}</p>
        <div className="space-y-1">
          <label htmlFor="province" className="block text-sm font-semibold">
            {t("province")}
          </label>
          <select
            id="province"
            name="province"
            defaultValue={v("province", props.defaults.province)}
            onChange={(e) => setProvince(e.target.value)}
            aria-invalid={!!state.errors?.province}
            className="w-full rounded border border-stone-300 px-3 py-2"
          >
            <option value="">{t("chooseProvince")}</option>
            {VIETNAM_PROVINCES.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
          {error("province")}
        </div>
        {field("commune", t("commune"), { list: "communes", autoComplete: "address-level3" }, t("communeHint"))}
        <datalist id="communes">
          {communes.map((c) => (
            <option key={c.code} value={c.name} />
          ))}
        </datalist>
        {field("street", t("street"), { autoComplete: "street-address" })}
      </fieldset>

      <fieldset className="space-y-2" data-testid="payment-options">
        <legend className="mb-2 text-lg font-semibold">{t("payment")}</legend>
        {props.payments.map((p, i) => (
          <label key={p} className="flex items-center gap-2">
            <input type="radio" name="payment" value={p} defaultChecked={v("payment") ? v("payment") === p : i === 0} />
            {t(p as "pp_system_default")}
          </label>
        ))}
        {error("payment")}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="note" className="block text-sm font-semibold">
          {t("note")}
        </label>
        <textarea
          id="note"
          name="note"
          maxLength={500}
          defaultValue={v("note")}
          className="w-full rounded border border-stone-300 px-3 py-2"
        />
      </div>

      {props.consent && (
        <ConsentFields
          versions={props.consent}
          purposes="order"
          idPrefix="checkout"
          values={state.values}
          missing={state.errors?.consent === "consent"}
        />
      )}

      <p className="flex justify-between text-base font-bold" data-testid="checkout-total" aria-live="polite">
        <span>{t("totalWithDelivery")}</span>
        <span>{formatVnd(props.total)}</span>
      </p>
      <button
        type="submit"
        disabled={pending}
        onClick={() => setIntent("place")}
        className="w-full rounded bg-ocop-red px-4 py-3 text-lg font-semibold text-white disabled:opacity-60"
        data-testid="place-order"
      >
        {pending && intent === "place" ? t("placing") : t("place")}
      </button>
    </form>
  )
}
