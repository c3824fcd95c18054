"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { recordDelivery } from "@/lib/actions/trade/agreements"
import { fieldErrors } from "../field-errors"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"

/**
 * A delivery against the contract: quantity and value by hand, or (for the buyer, whose orders they
 * are) a marketplace order that holds them. It counts once the other party confirms it.
 */
type Props = {
  id: string
  today: string
  side: "buyer" | "seller"
  /** The buyer's marketplace orders, by number: one of them can stand for the delivery. */
  orders: { id: string; label: string }[]
}

export function DeliveryForm({ id, today, side, orders }: Props) {
  const t = useTranslations("Agreements")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(recordDelivery, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={action} noValidate className="max-w-xl space-y-3" data-testid="delivery-form">
      <h3 className="font-semibold">{t("recordDelivery")}</h3>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="delivery-date" label={t("deliveredOn")} error={error("delivered_on")}>
          <input
            id="delivery-date"
            name="delivered_on"
            type="date"
            max={today}
            defaultValue={v("delivered_on", today)}
            className={inputClass}
          />
        </Field>
        <Field id="delivery-quantity" label={t("deliveryQuantity")} error={error("quantity")}>
          <input
            id="delivery-quantity"
            name="quantity"
            type="number"
            min={1}
            step={1}
            defaultValue={v("quantity")}
            className={inputClass}
          />
        </Field>
        <Field id="delivery-value" label={t("deliveryValue")} error={error("value")}>
          <input
            id="delivery-value"
            name="value"
            type="number"
            min={0}
            step={1}
            defaultValue={v("value")}
            className={inputClass}
          />
        </Field>
      </div>
      {side === "buyer" && orders.length > 0 && (
        <Field id="delivery-order" label={t("order")} hint={t("orderHint")} error={error("order_id")}>
          <select
            key={v("order_id")}
            id="delivery-order"
            name="order_id"
            defaultValue={v("order_id")}
            className={inputClass}
          >
            <option value="">{t("noOrder")}</option>
            {orders.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="delivery-note" label={t("note")} error={error("note")}>
        <input id="delivery-note" name="note" defaultValue={v("note")} maxLength={1000} className={inputClass} />
      </Field>
      <FormMessage state={state} saved={p("saved")} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? p("sending") : t("save")}
      </button>
    </form>
  )
}
