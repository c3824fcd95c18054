"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { recordDelivery } from "@/lib/actions/trade/agreements"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"

/**
 * A delivery against the contract: quantity and value by hand, or (for the buyer, whose orders they
 * are) a marketplace order that holds them. It counts once the other party confirms it.
 */
export function DeliveryForm({ id, today, side }: { id: string; today: string; side: "buyer" | "seller" }) {
  const t = useTranslations("Agreements")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(recordDelivery, {})
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={action} className="max-w-xl space-y-3" data-testid="delivery-form">
      <h3 className="font-semibold">{t("recordDelivery")}</h3>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="delivery-date" label={t("deliveredOn")}>
          <input
            id="delivery-date"
            name="delivered_on"
            type="date"
            max={today}
            defaultValue={v("delivered_on", today)}
            required
            className={inputClass}
          />
        </Field>
        <Field id="delivery-quantity" label={t("deliveryQuantity")}>
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
        <Field id="delivery-value" label={t("deliveryValue")}>
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
      {side === "buyer" && (
        <Field id="delivery-order" label={t("orderId")} hint={t("orderHint")}>
          <input
            id="delivery-order"
            name="order_id"
            defaultValue={v("order_id")}
            aria-describedby="delivery-order-hint"
            className={inputClass}
          />
        </Field>
      )}
      <Field id="delivery-note" label={t("note")}>
        <input id="delivery-note" name="note" defaultValue={v("note")} maxLength={1000} className={inputClass} />
      </Field>
      <FormMessage state={state} saved={p("saved")} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? p("sending") : t("save")}
      </button>
    </form>
  )
}
