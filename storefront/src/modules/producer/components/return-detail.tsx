import { CARRIER_NAMES, formatVietnamTime, formatVnd, type ReturnView } from "@ocop/core"
import { cardClass } from "@/modules/trade/styles"

type T = (key: string, values?: Record<string, string | number>) => string
type Props = { ret: ReturnView; locale: "vi" | "en"; t: T }

/**
 * What the producer reads of a return: the lines and their value, the shopper's reason, text and
 * photos, the parcel coming back, and what happened when. Only what the API gives a producer: no
 * name, address or refund account of the shopper.
 */
export function ReturnDetail({ ret, locale, t }: Props) {
  return (
    <>
      <section className={`${cardClass} space-y-2`} aria-labelledby="return-lines" data-testid="producer-return-lines">
        <h2 id="return-lines" className="font-semibold">
          {t("lines")}
        </h2>
        <ul className="space-y-1">
          {ret.lines.map((line) => (
            <li key={line.line_id} className="break-words">
              {line.title}
              {line.variant_title ? ` (${line.variant_title})` : ""}
              <span className="block text-sm text-stone-700">
                {t("lineAmount", {
                  quantity: line.quantity,
                  price: formatVnd(line.unit_price),
                  total: formatVnd(line.quantity * line.unit_price),
                })}
              </span>
            </li>
          ))}
        </ul>
        <p className="font-semibold" data-testid="producer-return-amount">
          {t("amount", { amount: formatVnd(ret.amount) })}
        </p>
        <p className="text-sm text-stone-700">{t(ret.payment_method === "stripe" ? "byCard" : "byTransfer")}</p>
      </section>
      <section className={`${cardClass} space-y-2`} aria-labelledby="return-why" data-testid="producer-return-why">
        <h2 id="return-why" className="font-semibold">
          {t("why")}
        </h2>
        <p>{t(`reasons.${ret.reason}`)}</p>
        {ret.note && (
          <blockquote className="whitespace-pre-line break-words border-l-4 border-stone-300 pl-3 text-stone-800">
            {ret.note}
          </blockquote>
        )}
        <ReturnPhotos ret={ret} t={t} />
      </section>
      {ret.carrier && (
        <p className="break-words" data-testid="producer-return-tracking">
          {t("shippedBackWith", { carrier: CARRIER_NAMES[ret.carrier][locale] })}
          {ret.tracking_number && (
            <>
              {" · "}
              {t("tracking")} <span className="break-all font-mono font-semibold">{ret.tracking_number}</span>
            </>
          )}
        </p>
      )}
      <History ret={ret} locale={locale} t={t} />
    </>
  )
}

/**
 * The shopper's photos as thumbnails, each a link to the whole picture. They come through the
 * storefront's own route with the member's session (the API checks the return is this producer's),
 * never from a public address.
 */
function ReturnPhotos({ ret, t }: { ret: ReturnView; t: T }) {
  if (!ret.photos) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("photos")} data-testid="producer-return-photos">
      {Array.from({ length: ret.photos }, (_, n) => {
        const src = `/api/producer/returns/${encodeURIComponent(ret.id)}/photos/${n}`
        return (
          <li key={n}>
            <a href={src} target="_blank" rel="noreferrer" className="block">
              {/* A plain img: a private picture no image optimiser or cache may keep. */}
              <img
                src={src}
                alt={t("photoAlt", { n: n + 1 })}
                width={96}
                height={96}
                loading="lazy"
                className="h-24 w-24 rounded border border-stone-300 object-cover"
              />
            </a>
          </li>
        )
      })}
    </ul>
  )
}

/** What happened when, from the return's own times, oldest first. */
function History({ ret, locale, t }: Props) {
  const time = (iso: string) => formatVietnamTime(iso, locale)
  const steps: [string, string | null, string | null][] = [
    ["requested", ret.created_at, null],
    [ret.status === "refused" ? "refused" : "accepted", ret.decided_at, ret.decision_note],
    ["shippedBack", ret.shipped_back_at, null],
    ["received", ret.received_at, null],
    ["refunded", ret.refunded_at, null],
  ]
  return (
    <section aria-labelledby="return-history" className="space-y-2" data-testid="producer-return-history">
      <h2 id="return-history" className="font-semibold">
        {t("history")}
      </h2>
      <ol className="space-y-1 text-sm">
        {steps
          .filter(([, at]) => at)
          .map(([step, at, note]) => (
            <li key={step} className="break-words">
              {t(`steps.${step}`, { time: time(at!) })}
              {note && <span className="block text-stone-700">{t("decisionNote", { note })}</span>}
            </li>
          ))}
      </ol>
    </section>
  )
}
