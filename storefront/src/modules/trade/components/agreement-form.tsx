"use client"

import type { BusinessView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { createAgreement } from "@/lib/actions/trade/agreements"
import { fieldErrors } from "../field-errors"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import type { CounterpartChoice, ProductChoice } from "../types"
import { Field } from "./field"
import { FormMessage } from "./form-message"
import { LockedNotice } from "./locked-notice"
import { ProductSelect } from "./product-select"

/** Three line rows work without scripts; agreements at fairs rarely name more products than that. */
const LINES = 3

type Props = {
  defaults: { counterpart?: string; meeting?: string; event?: string; product?: string; today: string; end: string }
  counterparts: CounterpartChoice[]
  products: ProductChoice[]
  own: boolean
  locked?: BusinessView["status"]
}

/**
 * A draft MoU or contract with one counterpart, chosen by name among the businesses met or
 * matched: kind, term, and lines of the seller's products counted in items.
 */
export function AgreementForm({ defaults, counterparts, products, own, locked }: Props) {
  const t = useTranslations("Agreements")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(createAgreement, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4" data-testid="agreement-form">
      {locked && <LockedNotice status={locked} id="agreement-locked" />}
      <fieldset disabled={Boolean(locked)} className="min-w-0 space-y-4">
        <input type="hidden" name="locale" value={locale} />
        {defaults.meeting && <input type="hidden" name="meeting_id" value={defaults.meeting} />}
        {defaults.event && <input type="hidden" name="event_id" value={defaults.event} />}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="agreement-counterpart"
            label={t("counterpart")}
            hint={counterparts.length ? undefined : t("noCounterparts")}
            error={error("counterpart_id")}
          >
            <select
              key={v("counterpart_id", defaults.counterpart)}
              id="agreement-counterpart"
              name="counterpart_id"
              defaultValue={v("counterpart_id", defaults.counterpart)}
              className={inputClass}
            >
              <option value="">{t("chooseCounterpart")}</option>
              {counterparts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="agreement-kind" label={t("kind")} error={error("kind")}>
            <select
              key={v("kind", "mou")}
              id="agreement-kind"
              name="kind"
              defaultValue={v("kind", "mou")}
              className={inputClass}
            >
              <option value="mou">{t("kinds.mou")}</option>
              <option value="contract">{t("kinds.contract")}</option>
            </select>
          </Field>
          <Field id="agreement-start" label={t("termStart")} error={error("term_start")}>
            <input
              id="agreement-start"
              name="term_start"
              type="date"
              defaultValue={v("term_start", defaults.today)}
              className={inputClass}
            />
          </Field>
          <Field id="agreement-end" label={t("termEnd")} error={error("term_end")}>
            <input
              id="agreement-end"
              name="term_end"
              type="date"
              defaultValue={v("term_end", defaults.end)}
              className={inputClass}
            />
          </Field>
        </div>
        <fieldset className="min-w-0 space-y-3" aria-describedby={error("lines") ? "agreement-lines-error" : undefined}>
          <legend className="font-semibold">{t("lines")}</legend>
          <p className="text-sm text-stone-600">{own ? t("linesHint") : `${t("linesHint")} ${t("allProducts")}`}</p>
          {error("lines") && (
            <p id="agreement-lines-error" className="text-sm text-red-800" data-testid="field-error">
              {error("lines")}
            </p>
          )}
          {Array.from({ length: LINES }, (_, i) => (
            <div key={i} className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr]" data-testid="agreement-line">
              <Field id={`line-product-${i}`} label={t("line", { n: i + 1 })}>
                <ProductSelect
                  id={`line-product-${i}`}
                  name="line_product_id"
                  products={products}
                  grouped={!own}
                  placeholder={t("chooseProduct")}
                  defaultValue={i === 0 ? defaults.product : undefined}
                  className={inputClass}
                />
              </Field>
              <Field id={`line-quantity-${i}`} label={t("quantity")}>
                <input
                  id={`line-quantity-${i}`}
                  name="line_quantity"
                  type="number"
                  min={1}
                  step={1}
                  className={inputClass}
                />
              </Field>
              <Field id={`line-price-${i}`} label={t("unitPrice")}>
                <input
                  id={`line-price-${i}`}
                  name="line_unit_price"
                  type="number"
                  min={0}
                  step={1}
                  className={inputClass}
                />
              </Field>
            </div>
          ))}
        </fieldset>
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? p("sending") : t("create")}
        </button>
      </fieldset>
    </form>
  )
}
