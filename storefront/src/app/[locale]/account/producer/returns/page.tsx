import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { formatVietnamTime, formatVnd, RETURN_STATUSES, type ReturnView } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerReturns } from "@/lib/data/producer-returns"
import { signInPath } from "@/lib/next-path"
import { AccessNotice } from "@/modules/producer/components/access-notice"
import { returnBadge } from "@/modules/producer/return-look"
import { returnPageCount, returnsHref, returnsQuery, type ReturnsQuery } from "@/modules/producer/returns-query"
import { cardClass } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
}

type T = (key: string, values?: Record<string, string | number>) => string

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerReturns" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer's returns: shoppers' requests to send back goods of its shipments, newest first, by
 * state and a page at a time; a return's page holds the decision. Links only, so it works with
 * JavaScript off.
 */
export default async function ProducerReturnsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/returns`))
  const query = returnsQuery(await searchParams)
  const [t, state] = await Promise.all([getTranslations("ProducerReturns"), getProducerReturns(query)])

  return (
    <section className="space-y-6" data-testid="producer-returns">
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
          {state.data.returns.length ? (
            <ul className="space-y-3" data-testid="producer-return-list">
              {state.data.returns.map((ret) => (
                <ReturnCard key={ret.id} ret={ret} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p className="text-stone-700" data-testid="producer-returns-empty">
              {query.status ? t("emptyState", { status: t(`statuses.${query.status}`) }) : t("empty")}
            </p>
          )}
          <Paging query={query} pages={returnPageCount(state.data.count)} t={t} />
        </>
      )}
    </section>
  )
}

/** The states to list, as links: one tap on a phone, no script. */
function StatusFilter({ query, t }: { query: ReturnsQuery; t: T }) {
  return (
    <nav aria-label={t("filter")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {[null, ...RETURN_STATUSES].map((status) => {
          const current = status === query.status
          return (
            <li key={status ?? "all"}>
              <Link
                href={returnsHref({ status, page: 1 })}
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

function ReturnCard({ ret, locale, t }: { ret: ReturnView; locale: Locale; t: T }) {
  return (
    <li className={`${cardClass} space-y-2`} data-testid="producer-return">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link href={`/account/producer/returns/${ret.id}`} className="text-lg font-semibold underline">
          {t("number", { number: ret.display_id })}
        </Link>
        <span className={returnBadge(ret.status)} data-testid="producer-return-status">
          {t(`statuses.${ret.status}`)}
        </span>
      </div>
      <p className="text-sm text-stone-700">{t("askedAt", { time: formatVietnamTime(ret.created_at, locale) })}</p>
      <ul className="space-y-1 text-sm">
        {ret.lines.map((line) => (
          <li key={line.line_id} className="break-words">
            {line.title}
            {line.variant_title ? ` (${line.variant_title})` : ""} × {line.quantity}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        {t(`reasons.${ret.reason}`)}
        {ret.photos ? ` · ${t("photoCount", { count: ret.photos })}` : ""}
      </p>
      <p className="font-semibold">{t("amount", { amount: formatVnd(ret.amount) })}</p>
    </li>
  )
}

function Paging({ query, pages, t }: { query: ReturnsQuery; pages: number; t: T }) {
  if (pages <= 1 && query.page === 1) return null
  const page = Math.min(query.page, pages)
  return (
    <nav className="flex items-center justify-between gap-2 text-sm" aria-label={t("page", { page, pages })}>
      {page > 1 ? (
        <Link href={returnsHref({ ...query, page: page - 1 })} rel="prev" className="underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={returnsHref({ ...query, page: page + 1 })} rel="next" className="underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
