"use client"

import type { BusinessView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveOffer } from "@/lib/actions/trade/offers"
import { fieldErrors } from "../field-errors"
import type { ProductChoice } from "../types"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"
import { LockedNotice } from "./locked-notice"
import { ProductSelect } from "./product-select"

type Props = { products: ProductChoice[]; own: boolean; locked?: BusinessView["status"] }

/** Offers one of the producer's certified products: items a month, price per item, delivery radius. */
export function OfferForm({ products, own, locked }: Props) {
  const t = useTranslations("Offers")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(saveOffer, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  const v = (name: string) => state.values?.[name] ?? ""
  const number = (id: string, name: string, label: string) => (
    <Field id={id} label={label} error={error(name)}>
      <input
        id={id}
        name={name}
        type="number"
        min={name === "price_min" || name === "price_max" ? 0 : 1}
        step={1}
        defaultValue={v(name)}
        className={inputClass}
      />
    </Field>
  )
  return (
    <form action={action} noValidate className="max-w-xl space-y-3" data-testid="offer-form">
      <h3 className="text-lg font-semibold">{t("new")}</h3>
      {locked && <LockedNotice status={locked} id="offer-locked" />}
      <fieldset disabled={Boolean(locked)} className="min-w-0 space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <Field
          id="offer-product"
          label={t("product")}
          hint={own ? undefined : t("allProducts")}
          error={error("product_id")}
        >
          <ProductSelect
            id="offer-product"
            name="product_id"
            products={products}
            grouped={!own}
            placeholder={t("chooseProduct")}
            defaultValue={v("product_id")}
            className={inputClass}
          />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          {number("offer-capacity", "monthly_capacity", t("capacity"))}
          {number("offer-radius", "delivery_radius_km", t("radius"))}
          {number("offer-min", "price_min", t("priceMin"))}
          {number("offer-max", "price_max", t("priceMax"))}
        </div>
        <Field id="offer-certifications" label={t("certifications")} error={error("certifications")}>
          <input
            id="offer-certifications"
            name="certifications"
            defaultValue={v("certifications")}
            className={inputClass}
          />
        </Field>
        <Field id="offer-note" label={t("note")} error={error("note")}>
          <textarea id="offer-note" name="note" rows={2} defaultValue={v("note")} className={inputClass} />
        </Field>
        <FormMessage state={state} saved={p("saved")} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? p("sending") : t("submit")}
        </button>
      </fieldset>
    </form>
  )
}
