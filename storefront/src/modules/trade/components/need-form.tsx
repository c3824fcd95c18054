"use client"

import type { BusinessView } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveNeed } from "@/lib/actions/trade/needs"
import { fieldErrors } from "../field-errors"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import type { GroupChoice } from "../types"
import { Field } from "./field"
import { FormMessage } from "./form-message"
import { GroupSelect } from "./group-select"
import { LockedNotice } from "./locked-notice"

type Props = { today: string; groups: GroupChoice[]; locked?: BusinessView["status"] }

/**
 * Posts a purchase need: a product group (chosen by name) or keywords, how many items by when,
 * minimum stars, a price ceiling. Closed, with the reason, until the business is verified.
 */
export function NeedForm({ today, groups, locked }: Props) {
  const t = useTranslations("Needs")
  const p = useTranslations("Portal")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(saveNeed, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  const v = (name: string, fallback = "") => state.values?.[name] ?? fallback
  return (
    <form action={action} noValidate className="max-w-xl space-y-3" data-testid="need-form">
      <h3 className="text-lg font-semibold">{t("new")}</h3>
      {locked && <LockedNotice status={locked} id="need-locked" />}
      <fieldset disabled={Boolean(locked)} className="min-w-0 space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <Field id="need-title" label={t("titleLabel")} error={error("title")}>
          <input id="need-title" name="title" defaultValue={v("title")} maxLength={200} className={inputClass} />
        </Field>
        <Field id="need-group" label={t("group")} hint={t("groupHint")} error={error("group_code")}>
          <GroupSelect
            id="need-group"
            name="group_code"
            groups={groups}
            placeholder={t("anyGroup")}
            defaultValue={v("group_code")}
            className={inputClass}
          />
        </Field>
        <Field id="need-keywords" label={t("keywords")} hint={t("keywordsHint")} error={error("keywords")}>
          <input id="need-keywords" name="keywords" defaultValue={v("keywords")} className={inputClass} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="need-quantity" label={t("quantity")} error={error("quantity")}>
            <input
              id="need-quantity"
              name="quantity"
              type="number"
              min={1}
              step={1}
              defaultValue={v("quantity")}
              className={inputClass}
            />
          </Field>
          <Field id="need-stars" label={t("minStars")} error={error("min_stars")}>
            <select
              key={v("min_stars")}
              id="need-stars"
              name="min_stars"
              defaultValue={v("min_stars", "3")}
              className={inputClass}
            >
              {[3, 4, 5].map((stars) => (
                <option key={stars} value={stars}>
                  {t("starsOption", { stars })}
                </option>
              ))}
            </select>
          </Field>
          <Field id="need-deadline" label={t("deadline")} error={error("deadline")}>
            <input
              id="need-deadline"
              name="deadline"
              type="date"
              min={today}
              defaultValue={v("deadline")}
              className={inputClass}
            />
          </Field>
          <Field id="need-ceiling" label={t("priceCeiling")} error={error("price_ceiling")}>
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
      </fieldset>
    </form>
  )
}
