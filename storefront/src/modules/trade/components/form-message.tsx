import { useTranslations } from "next-intl"
import { errorHeading } from "../refusal"
import type { TradeState } from "../state"

/**
 * What became of a form: a heading for the refusal's status (a taken slot, a refused file, a
 * profile not verified yet) and one sentence in the page's language, or a confirmation. The
 * fields the API refused carry their own messages (`Field`).
 */
export function FormMessage({ state, saved }: { state: TradeState; saved?: string }) {
  const t = useTranslations("Portal")
  const why = useTranslations("TradeErrors")
  if (state.error) {
    return (
      <div
        role="alert"
        className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        data-testid="form-error"
      >
        <p className="font-semibold">{t(`errors.${errorHeading(state.error.status)}`)}</p>
        <p>{why(state.error.problem)}</p>
      </div>
    )
  }
  if (state.code)
    return (
      <p role="alert" className="text-sm text-red-800" data-testid="form-error">
        {t(`errors.${state.code}`)}
      </p>
    )
  if (state.ok && saved)
    return (
      <p role="status" className="text-sm text-green-800">
        {saved}
      </p>
    )
  return null
}
