import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { StatementView } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerStatements } from "@/lib/data/producer-statements"
import { signInPath } from "@/lib/next-path"
import { PayoutAccount } from "@/modules/producer/components/payout-account"
import { StatementDownloads } from "@/modules/producer/components/statement-downloads"
import { StatementFigures } from "@/modules/producer/components/statement-figures"
import { PAYOUT_DONE, PAYOUT_PROBLEMS } from "@/modules/producer/payout-refusal"
import { knownKey } from "@/modules/producer/refusal"
import { statementMonth } from "@/modules/producer/statement-month"
import { cardClass } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

type T = (key: string, values?: Record<string, string | number>) => string

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerStatements" }))("title"),
    robots: { index: false },
  }
}

/**
 * The producer's monthly statements, newest first: each with its figures, a link to the delivered
 * lines it counts and its CSV and PDF; then where the operator pays it, which the owner sets here.
 * Links and a plain form, so it works with JavaScript off.
 */
export default async function ProducerStatementsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/statements`))
  const [t, state, query] = await Promise.all([
    getTranslations("ProducerStatements"),
    getProducerStatements(),
    searchParams,
  ])

  return (
    <section className="space-y-6" data-testid="producer-statements">
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
          {!state.payout && (
            <p className="rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="payout-missing">
              {t("payout.missing")}{" "}
              <a href="#payout" className="font-semibold underline">
                {t("payout.missingLink")}
              </a>
            </p>
          )}
          {state.statements.length ? (
            <ul className="space-y-4" data-testid="statement-list">
              {state.statements.map((s) => (
                <StatementCard key={s.id} statement={s} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p className="text-stone-700" data-testid="statements-empty">
              {t("empty")}
            </p>
          )}
          <PayoutAccount
            account={state.payout}
            owner={state.role === "owner"}
            locale={locale}
            done={knownKey(query.done, PAYOUT_DONE)}
            problem={knownKey(query.problem, PAYOUT_PROBLEMS)}
            t={t}
          />
        </>
      )}
    </section>
  )
}

function StatementCard({ statement, locale, t }: { statement: StatementView; locale: Locale; t: T }) {
  return (
    <li className={`${cardClass} space-y-3`} data-testid="producer-statement" data-month={statement.month}>
      <h2 className="text-lg font-semibold">{statementMonth(statement.month, locale)}</h2>
      <StatementFigures statement={statement} locale={locale} t={t} />
      <Link
        href={`/account/producer/statements/${statement.id}`}
        className="block font-semibold underline"
        data-testid="statement-details"
      >
        {t("details")}
      </Link>
      <StatementDownloads id={statement.id} locale={locale} t={t} />
    </li>
  )
}
