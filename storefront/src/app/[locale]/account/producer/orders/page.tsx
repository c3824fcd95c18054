import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { formatVietnamTime, formatVnd, PRODUCER_ORDER_STATUSES, type ProducerOrderView } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerOrders } from "@/lib/data/producer-orders"
import { signInPath } from "@/lib/next-path"
import { statusBadge } from "@/modules/order/status-look"
import { ordersHref, ordersQuery, pageCount, type OrdersQuery } from "@/modules/producer/orders-query"
import { cardClass } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
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
 * The producer's orders: its parts of the shop's orders, newest first, by state and a page at a
 * time, each with its lines and value; a part's page holds what to do with it. Links only, so it
 * works with JavaScript off.
 */
export default async function ProducerOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/orders`))
  const query = ordersQuery(await searchParams)
  const [t, state] = await Promise.all([getTranslations("ProducerOrders"), getProducerOrders(query)])

  return (
    <section className="space-y-6" data-testid="producer-orders">
      <header className="space-y-1">
        <Link href="/account/producer" className="text-sm underline">
          ← {t("workspace")}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && (
        <>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          <StatusFilter query={query} t={t} />
          {state.data.orders.length ? (
            <ul className="space-y-3" data-testid="producer-order-list">
              {state.data.orders.map((part) => (
                <OrderCard key={part.id} part={part} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p className="text-stone-700" data-testid="producer-orders-empty">
              {query.status ? t("emptyState", { status: t(`statuses.${query.status}`) }) : t("empty")}
            </p>
          )}
          <Paging query={query} pages={pageCount(state.data.count)} t={t} />
        </>
      )}
    </section>
  )
}

/** The states to list, as links: one tap on a phone, no script. */
function StatusFilter({ query, t }: { query: OrdersQuery; t: T }) {
  const choices = [null, ...PRODUCER_ORDER_STATUSES]
  return (
    <nav aria-label={t("filter")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {choices.map((status) => {
          const current = status === query.status
          return (
            <li key={status ?? "all"}>
              <Link
                href={ordersHref({ status, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${
                  current ? "border-ocop-red bg-ocop-red font-semibold text-white" : "border-stone-300 bg-white"
                }`}
              >
                {status ? t(`statuses.${status}`) : t("all")}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function OrderCard({ part, locale, t }: { part: ProducerOrderView; locale: Locale; t: T }) {
  return (
    <li className={`${cardClass} space-y-2`} data-testid="producer-order">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link href={`/account/producer/orders/${part.id}`} className="text-lg font-semibold underline">
          {t("number", { number: part.display_id })}
        </Link>
        <span className={statusBadge(part.status)} data-testid="producer-order-status">
          {t(`statuses.${part.status}`)}
        </span>
      </div>
      <p className="text-sm text-stone-700">{t("placedAt", { time: formatVietnamTime(part.placed_at, locale) })}</p>
      <ul className="space-y-1 text-sm" data-testid="producer-order-lines">
        {part.lines.map((line) => (
          <li key={line.id} className={`break-words ${line.canceled_at ? "text-stone-500 line-through" : ""}`}>
            {line.title}
            {line.variant_title ? ` (${line.variant_title})` : ""} × {line.quantity}
          </li>
        ))}
      </ul>
      <p className="font-semibold" data-testid="producer-order-subtotal">
        {t("subtotal", { amount: formatVnd(part.subtotal) })}
      </p>
    </li>
  )
}

function Paging({ query, pages, t }: { query: OrdersQuery; pages: number; t: T }) {
  if (pages <= 1 && query.page === 1) return null
  const { page } = query
  // Past the end (a typed or old address, or parts that moved to another state): back to the last page.
  if (page > pages)
    return (
      <nav className="text-sm" aria-label={t("page", { page: pages, pages })}>
        <Link href={ordersHref({ ...query, page: pages })} rel="prev" className="underline">
          {t("previous")}
        </Link>
      </nav>
    )
  return (
    <nav className="flex items-center justify-between gap-2 text-sm" aria-label={t("page", { page, pages })}>
      {page > 1 ? (
        <Link href={ordersHref({ ...query, page: page - 1 })} rel="prev" className="underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={ordersHref({ ...query, page: page + 1 })} rel="next" className="underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
