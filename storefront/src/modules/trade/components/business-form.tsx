"use client"

import { BUSINESS_TYPES, type BusinessView, type ConsentVersions } from "@ocop/core"
import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveBusiness } from "@/lib/actions/trade/profile"
import { ConsentFields } from "@/modules/policies/components/consent-fields"
import { fieldErrors } from "../field-errors"
import type { TradeState } from "../state"
import { inputClass, primaryButton } from "../styles"
import { Field } from "./field"
import { FormMessage } from "./form-message"

type Props = {
  business?: BusinessView
  communes: { code: string; name: string }[]
  /** At registration: the operating rules' version in force, agreed to with a box. */
  rules?: ConsentVersions
}

/**
 * Registers the account as a business, or updates the profile. The commune is chosen by name (its
 * code is what is sent); the API's refusals come back under the fields they name. React resets the
 * form after its action, and a select takes a changed default only when remounted: hence the keys.
 */
export function BusinessForm({ business, communes, rules }: Props) {
  const t = useTranslations("BusinessProfile")
  const p = useTranslations("Portal")
  const types = useTranslations("BusinessType")
  const locale = useLocale()
  const [state, action, pending] = useActionState<TradeState, FormData>(saveBusiness, {})
  const error = fieldErrors(state, useTranslations("TradeErrors"))
  const v = (name: keyof BusinessView) => state.values?.[name] ?? String(business?.[name] ?? "")
  return (
    <form
      action={action}
      noValidate
      className="max-w-xl space-y-3"
      data-testid={business ? "business-update-form" : "business-register-form"}
    >
      <input type="hidden" name="locale" value={locale} />
      <Field id="biz-name" label={t("companyName")} error={error("company_name")}>
        <input id="biz-name" name="company_name" defaultValue={v("company_name")} required className={inputClass} />
      </Field>
      <Field id="biz-tax" label={t("taxCode")} hint={t("taxCodeHint")} error={error("tax_code")}>
        <input
          id="biz-tax"
          name="tax_code"
          defaultValue={v("tax_code")}
          required
          inputMode="numeric"
          className={inputClass}
        />
      </Field>
      <Field id="biz-type" label={t("type")} error={error("type")}>
        <select
          key={v("type")}
          id="biz-type"
          name="type"
          defaultValue={v("type") || "distributor"}
          className={inputClass}
        >
          {BUSINESS_TYPES.map((type) => (
            <option key={type} value={type}>
              {types(type)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="biz-phone" label={t("phone")} error={error("phone")}>
        <input id="biz-phone" name="phone" type="tel" defaultValue={v("phone")} className={inputClass} />
      </Field>
      <Field id="biz-commune" label={t("commune")} error={error("commune_code")}>
        <select
          key={v("commune_code")}
          id="biz-commune"
          name="commune_code"
          defaultValue={v("commune_code")}
          className={inputClass}
        >
          <option value="">{t("noCommune")}</option>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      {rules && (
        <>
          <input type="hidden" name="registering" value="1" />
          <ConsentFields versions={rules} purposes="rules" idPrefix="business" values={state.values} missing={false} />
        </>
      )}
      <FormMessage state={state} saved={p("saved")} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? p("sending") : business ? t("save") : t("submit")}
      </button>
    </form>
  )
}
