import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import { CARRIER_NAMES, formatVietnamesePhone, formatVietnamTime, type ProducerOrderDetail } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerOrder } from "@/lib/data/producer-orders"
import { signInPath } from "@/lib/next-path"
import { statusBadge } from "@/modules/order/status-look"
import { OrderActions } from "@/modules/producer/components/order-actions"
import { OrderLines } from "@/modules/producer/components/order-lines"
import { OrderOutcome } from "@/modules/producer/components/order-outcome"
import { ORDER_DONE, ORDER_PROBLEMS } from "@/modules/producer/order-refusal"
import { knownKey } from "@/modules/producer/refusal"
import { cardClass } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[]; line?: string | string[] }>
}

type T = (key: string, values?: Record<string, string | number>) => string

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerOrders" }))("title"),
    robots: { index: false },
  }
}

/**
 * One of the producer's parts of an order: its lines, where it goes (as much as shipping needs) and
 * what can be done in its state — confirm, ship with a carrier's tracking number, mark delivered,
 * cancel a line with a reason. Plain forms posting to server actions, so it works with JavaScript
 * off; what happened comes back in the address, at the line it concerns for a cancellation.
 */
export default async function ProducerOrderPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/orders/${encodeURIComponent(id)}`))
  const [t, state, query] = await Promise.all([getTranslations("ProducerOrders"), getProducerOrder(id), searchParams])
  // Another producer's part is "not found", as the API answers: its existence is not revealed.
  if (state.kind === "member" && !state.data) notFound()
  const outcome = {
    done: knownKey(query.done, ORDER_DONE),
    problem: knownKey(query.problem, ORDER_PROBLEMS),
    line: typeof query.line === "string" ? query.line : null,
  }

  return (
    <section className="space-y-6" data-testid="producer-order-page">
      <header className="space-y-1">
        <Link href="/account/producer/orders" className="text-sm underline">
          ← {t("title")}
        </Link>
        {state.kind === "member" && state.data && (
          <h1 className="text-2xl font-bold">{t("number", { number: state.data.display_id })}</h1>
        )}
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && state.data && (
        <>
          {!outcome.line && <OrderOutcome done={outcome.done} problem={outcome.problem} t={t} />}
          <Summary part={state.data} locale={locale} t={t} />
          <Destination part={state.data} t={t} />
          <OrderLines part={state.data} locale={locale} outcome={outcome} t={t} />
          <OrderActions part={state.data} locale={locale} t={t} />
        </>
      )}
    </section>
  )
}

function Summary({ part, locale, t }: { part: ProducerOrderDetail; locale: Locale; t: T }) {
  const time = (iso: string) => formatVietnamTime(iso, locale)
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className={statusBadge(part.status)} data-testid="producer-order-status">
          {t(`statuses.${part.status}`)}
        </span>
      </p>
      <p>{t("placedAt", { time: time(part.placed_at) })}</p>
      <p>{t(`payments.${part.payment_method}`)}</p>
      {part.carrier && (
        <p className="break-words" data-testid="producer-order-tracking">
          {t("shippedWith", { carrier: CARRIER_NAMES[part.carrier][locale] })}
          {part.tracking_number && (
            <>
              {" · "}
              {t("tracking")} <span className="break-all font-mono font-semibold">{part.tracking_number}</span>
            </>
          )}
        </p>
      )}
      {part.shipped_at && <p>{t("shippedAt", { time: time(part.shipped_at) })}</p>}
      {part.delivered_at && <p>{t("deliveredAt", { time: time(part.delivered_at) })}</p>}
    </div>
  )
}

/**
 * Where the part goes: the recipient for home delivery, the sales point for pickup (the API gives
 * neither once the part is delivered or cancelled); and where it leaves from.
 */
function Destination({ part: { delivery, location }, t }: { part: ProducerOrderDetail; t: T }) {
  if (!delivery && !location) return null
  return (
    <section
      className={`${cardClass} space-y-1`}
      aria-labelledby={delivery ? "destination" : undefined}
      data-testid="producer-order-destination"
    >
      {delivery && (
        <h2 id="destination" className="font-semibold">
          {delivery.kind === "pickup" ? t("pickup") : t("deliverTo")}
        </h2>
      )}
      {delivery?.kind === "delivery" && (
        <>
          <p className="break-words">{delivery.name}</p>
          {delivery.phone && (
            <p>
              <a href={`tel:${delivery.phone}`} className="underline">
                {formatVietnamesePhone(delivery.phone)}
              </a>
            </p>
          )}
          <p className="break-words">{delivery.address}</p>
        </>
      )}
      {delivery?.kind === "pickup" && <p className="break-words">{delivery.sales_point}</p>}
      {location && <p className="break-words text-sm text-stone-700">{t("shipsFrom", { location })}</p>}
    </section>
  )
}
