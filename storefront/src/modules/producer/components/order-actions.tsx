import { canMove, CARRIER_NAMES, CARRIERS, type ProducerOrderDetail } from "@ocop/core"
import { confirmOrder, deliverOrder, shipOrder } from "@/lib/actions/producer/orders"
import { cardClass, inputClass, primaryButton, secondaryButton } from "@/modules/trade/styles"

type T = (key: string) => string

/**
 * What the producer can do with a part in its state (packages/core's table): confirm it, ship it
 * with a carrier and the tracking number on the parcel, mark it delivered. Each is a plain form.
 */
export function OrderActions({ part, locale, t }: { part: ProducerOrderDetail; locale: "vi" | "en"; t: T }) {
  const confirm = canMove(part.status, "confirm")
  const ship = canMove(part.status, "ship")
  const deliver = canMove(part.status, "deliver")
  if (!confirm && !ship && !deliver) return null
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={part.id} />
    </>
  )
  return (
    <section className="space-y-3" aria-labelledby="actions" data-testid="producer-order-actions">
      <h2 id="actions" className="text-lg font-semibold">
        {t("actions")}
      </h2>
      {confirm && (
        <form action={confirmOrder} className="space-y-1">
          {hidden}
          <p className="text-sm text-stone-700">{t("confirmHint")}</p>
          <button type="submit" className={secondaryButton}>
            {t("confirm")}
          </button>
        </form>
      )}
      {ship && (
        <form action={shipOrder} className={`${cardClass} space-y-3`} data-testid="producer-order-ship">
          {hidden}
          <h3 className="font-semibold">{t("shipTitle")}</h3>
          <div className="space-y-1">
            <label htmlFor="carrier" className="block text-sm font-semibold">
              {t("carrier")}
            </label>
            <select id="carrier" name="carrier" required defaultValue="" className={inputClass}>
              <option value="" disabled>
                {t("carrierChoose")}
              </option>
              {CARRIERS.map((c) => (
                <option key={c} value={c}>
                  {CARRIER_NAMES[c][locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="tracking" className="block text-sm font-semibold">
              {t("trackingLabel")}
            </label>
            <input
              id="tracking"
              name="tracking_number"
              required
              maxLength={40}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              aria-describedby="tracking-hint"
              className={inputClass}
            />
            <p id="tracking-hint" className="text-sm text-stone-700">
              {t("trackingHint")}
            </p>
          </div>
          <button type="submit" className={primaryButton}>
            {t("ship")}
          </button>
        </form>
      )}
      {deliver && (
        <form action={deliverOrder} className="space-y-1">
          {hidden}
          <p className="text-sm text-stone-700">{t("deliverHint")}</p>
          <button type="submit" className={primaryButton}>
            {t("deliver")}
          </button>
        </form>
      )}
    </section>
  )
}
