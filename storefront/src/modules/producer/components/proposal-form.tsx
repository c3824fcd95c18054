"use client"

import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { proposeProduct, type ProposalState } from "@/lib/actions/producer/proposal"
import { Field } from "@/modules/trade/components/field"
import { GroupSelect } from "@/modules/trade/components/group-select"
import { inputClass, primaryButton } from "@/modules/trade/styles"
import type { GroupChoice } from "@/modules/trade/types"
import { PROPOSAL_ROWS } from "../proposal-body"

/** The page's words, translated on the server: this form needs no message catalogue of its own. */
export type ProposalLabels = Record<
  | "title"
  | "title_en"
  | "subtitle"
  | "subtitle_en"
  | "description"
  | "description_en"
  | "group"
  | "anyGroup"
  | "variants"
  | "variantsHint"
  | "variantTitle"
  | "variantTitleEn"
  | "price"
  | "weight"
  | "submit"
  | "photos"
  | "products"
  /** Templates: "{n}"; "{title}" and "{handle}". */
  | "variant"
  | "done",
  string
>

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => String(values[key] ?? all))

type Props = { groups: GroupChoice[]; labels: ProposalLabels; problems: Record<string, string> }

/**
 * Proposes a new product: names and descriptions in vi and en, its OCOP product group, and up to
 * three variants with their prices. A server action with the form's state: a refusal is shown in
 * the page's language with what was typed kept; it works with JavaScript off.
 */
export function ProposalForm({ groups, labels, problems }: Props) {
  const [state, action, pending] = useActionState<ProposalState, FormData>(proposeProduct, {})
  const v = (name: string) => state.values?.[name] ?? ""
  const input = (name: keyof ProposalLabels, max: number) => (
    <Field id={`proposal-${name}`} label={labels[name]}>
      <input id={`proposal-${name}`} name={name} defaultValue={v(name)} maxLength={max} className={inputClass} />
    </Field>
  )
  return (
    <form action={action} className="space-y-3" data-testid="proposal-form">
      {state.done && (
        <div
          role="status"
          className="space-y-1 rounded border border-green-700 bg-green-50 p-3"
          data-testid="proposal-done"
        >
          <p className="break-words">{fill(labels.done, state.done)}</p>
          <p className="flex flex-wrap gap-x-4">
            <Link href={`/account/producer/products/${state.done.id}/photos`} className="underline">
              {labels.photos}
            </Link>
            <Link href="/account/producer/products" className="underline">
              {labels.products}
            </Link>
          </p>
        </div>
      )}
      {state.problem && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
          data-testid="proposal-problem"
        >
          {problems[state.problem] ?? problems.failed}
        </p>
      )}
      {input("title", 200)}
      {input("title_en", 200)}
      {input("subtitle", 200)}
      {input("subtitle_en", 200)}
      {(["description", "description_en"] as const).map((name) => (
        <Field key={name} id={`proposal-${name}`} label={labels[name]}>
          <textarea
            id={`proposal-${name}`}
            name={name}
            rows={4}
            maxLength={5000}
            defaultValue={v(name)}
            className={inputClass}
          />
        </Field>
      ))}
      <Field id="proposal-group" label={labels.group}>
        <GroupSelect
          id="proposal-group"
          name="group_code"
          groups={groups}
          placeholder={labels.anyGroup}
          defaultValue={v("group_code")}
          className={inputClass}
        />
      </Field>
      <p className="text-sm font-semibold">{labels.variants}</p>
      <p className="text-sm text-stone-700">{labels.variantsHint}</p>
      {Array.from({ length: PROPOSAL_ROWS }, (_, i) => (
        <fieldset key={i} className="min-w-0 space-y-2 rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-semibold">{fill(labels.variant, { n: i + 1 })}</legend>
          <div className="grid grid-cols-2 gap-2">
            {(
              [
                ["variant_title", labels.variantTitle, "text"],
                ["variant_title_en", labels.variantTitleEn, "text"],
                ["variant_price", labels.price, "numeric"],
                ["variant_weight", labels.weight, "numeric"],
              ] as const
            ).map(([name, label, mode]) => (
              <div key={name} className="min-w-0 space-y-1">
                <label htmlFor={`${name}-${i}`} className="block text-sm">
                  {label}
                </label>
                <input
                  id={`${name}-${i}`}
                  name={`${name}_${i}`}
                  inputMode={mode}
                  defaultValue={v(`${name}_${i}`)}
                  maxLength={100}
                  className={inputClass}
                />
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={primaryButton}>
        {labels.submit}
      </button>
    </form>
  )
}
