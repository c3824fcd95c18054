import { useTranslations } from "next-intl"
import { errorHeading, type TradeState } from "../state"

/**
 * What became of a form: the API's own message under a heading for its status (a taken slot, a
 * refused file, a profile not verified yet), or a confirmation.
 */
export function FormMessage({ state, saved }: { state: TradeState; saved?: string }) {
  const t = useTranslations("Portal")
  if (state.error) {
    return (
      <div
        role="alert"
        className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        data-testid="form-error"
      >
        <p className="font-semibold">{t(`errors.${errorHeading(state.error.status)}`)}</p>
        <p>{state.error.message}</p>
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
