"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveNeed } from "@/lib/actions/trade/needs"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"

/** Posts a purchase need: a product set or keywords, how many by when, minimum stars, a price ceiling. */
export function NeedForm({ today }: { today: string }) {
  const t = useTranslations("Needs")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(saveNeed, {})
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={action} className="max-w-xl space-y-3" data-testid="need-form">
      <h3 className="text-lg font-semibold">{t("new")}</h3>
      <input type="hidden" name="locale" value={locale} />
      <Field id="need-title" label={t("titleLabel")}>
        <input id="need-title" name="title" defaultValue={v("title")} required maxLength={200} className={inputClass} />
      </Field>
      <Field id="need-group" label={t("groupCode")} hint={t("groupCodeHint")}>
        <input
          id="need-group"
          name="group_code"
          defaultValue={v("group_code")}
          aria-describedby="need-group-hint"
          className={inputClass}
        />
      </Field>
      <Field id="need-keywords" label={t("keywords")} hint={t("keywordsHint")}>
        <input
          id="need-keywords"
          name="keywords"
          defaultValue={v("keywords")}
          aria-describedby="need-keywords-hint"
          className={inputClass}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="need-quantity" label={t("quantity")}>
          <input
            id="need-quantity"
            name="quantity"
            type="number"
            min={1}
            step={1}
            defaultValue={v("quantity")}
            required
            className={inputClass}
          />
        </Field>
        <Field id="need-stars" label={t("minStars")}>
          <select id="need-stars" name="min_stars" defaultValue={v("min_stars", "3")} className={inputClass}>
            {[3, 4, 5].map((stars) => (
              <option key={stars} value={stars}>
                {t("starsOption", { stars })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="need-deadline" label={t("deadline")}>
          <input
            id="need-deadline"
            name="deadline"
            type="date"
            min={today}
            defaultValue={v("deadline")}
            required
            className={inputClass}
          />
        </Field>
        <Field id="need-ceiling" label={t("priceCeiling")}>
          <input
            id="need-ceiling"
            name="price_ceiling"
            type="number"
            min={0}
            step={1}
            defaultValue={v("price_ceiling")}
            className={inputClass}
          />
        </Field>
      </div>
      <FormMessage state={state} saved={p("saved")} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? p("sending") : t("submit")}
      </button>
    </form>
  )
}
