import { RETURN_DECISION_MIN, RETURN_MOVES, RETURN_NOTE_MAX, type ReturnStatus, type ReturnView } from "@ocop/core"
import { acceptReturn, receiveReturn, refuseReturn } from "@/lib/actions/producer/returns"
import { cardClass, dangerButton, inputClass, primaryButton } from "@/modules/trade/styles"

type T = (key: string, values?: Record<string, string | number>) => string

const can = (move: keyof typeof RETURN_MOVES, status: ReturnStatus) =>
  (RETURN_MOVES[move] as readonly ReturnStatus[]).includes(status)

/**
 * What the producer can do with a return in its state (packages/core's moves): accept it (with a
 * note the shopper reads), refuse it (with the reason the shopper reads), mark the parcel received.
 * Each is a plain form posting to a server action.
 */
export function ReturnActions({ ret, locale, t }: { ret: ReturnView; locale: "vi" | "en"; t: T }) {
  const decide = can("accept", ret.status)
  const receive = can("receive", ret.status)
  if (!decide && !receive) return null
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={ret.id} />
    </>
  )
  return (
    <section className="space-y-3" aria-labelledby="return-actions" data-testid="producer-return-actions">
      <h2 id="return-actions" className="text-lg font-semibold">
        {t("actions")}
      </h2>
      {decide && (
        <form action={acceptReturn} className={`${cardClass} space-y-2`} data-testid="producer-return-accept">
          {hidden}
          <label htmlFor="accept-note" className="block text-sm font-semibold">
            {t("acceptNote")}
          </label>
          <textarea id="accept-note" name="note" rows={2} maxLength={RETURN_NOTE_MAX} className={inputClass} />
          <p className="text-sm text-stone-700">{t("acceptHint")}</p>
          <button type="submit" className={primaryButton}>
            {t("accept")}
          </button>
        </form>
      )}
      {decide && (
        <form action={refuseReturn} className={`${cardClass} space-y-2`} data-testid="producer-return-refuse">
          {hidden}
          <label htmlFor="refuse-reason" className="block text-sm font-semibold">
            {t("refuseReason")}
          </label>
          <textarea
            id="refuse-reason"
            name="reason"
            rows={3}
            required
            minLength={RETURN_DECISION_MIN}
            maxLength={RETURN_NOTE_MAX}
            aria-describedby="refuse-hint"
            className={inputClass}
          />
          <p id="refuse-hint" className="text-sm text-stone-700">
            {t("refuseHint", { min: RETURN_DECISION_MIN, max: RETURN_NOTE_MAX })}
          </p>
          <button type="submit" className={dangerButton}>
            {t("refuse")}
          </button>
        </form>
      )}
      {receive && (
        <form action={receiveReturn} className="space-y-1" data-testid="producer-return-receive">
          {hidden}
          <p className="text-sm text-stone-700">{t(ret.payment_method === "stripe" ? "receiveCard" : "receiveHint")}</p>
          <button type="submit" className={primaryButton}>
            {t("receive")}
          </button>
        </form>
      )}
    </section>
  )
}
