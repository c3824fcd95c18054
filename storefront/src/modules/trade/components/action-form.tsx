"use client"

import { useActionState } from "react"
import type { TradeState } from "../state"
import { FormMessage } from "./form-message"

type Props = {
  action: (prev: TradeState, form: FormData) => Promise<TradeState>
  fields: Record<string, string>
  label: string
  className: string
  testId?: string
}

/**
 * One button posting hidden fields to a server action (accept, sign, close…). A plain form, so it
 * works before the page's scripts load; a refusal is shown under the button.
 */
export function ActionForm({ action, fields, label, className, testId }: Props) {
  const [state, formAction, pending] = useActionState<TradeState, FormData>(action, {})
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={className} data-testid={testId}>
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  )
}
