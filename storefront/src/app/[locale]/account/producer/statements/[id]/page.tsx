import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerStatement } from "@/lib/data/producer-statements"
import { signInPath } from "@/lib/next-path"
import { StatementDownloads } from "@/modules/producer/components/statement-downloads"
import { StatementFigures } from "@/modules/producer/components/statement-figures"
import { StatementLines } from "@/modules/producer/components/statement-lines"
import { StatementRefunds } from "@/modules/producer/components/statement-refunds"
import { statementMonth } from "@/modules/producer/statement-month"
import { cardClass } from "@/modules/trade/styles"
import { AccessNotice } from "@/modules/producer/components/access-notice"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerStatements" }))("title"),
    robots: { index: false },
  }
}

/**
 * One statement: its figures, its files, and the delivered lines it counts, each with its value and
 * the operator's fee, so every total can be checked against them. Another producer's statement is
 * the site's not-found, as the API's 404.
 */
export default async function ProducerStatementPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/statements/${encodeURIComponent(id)}`))
  const [t, state] = await Promise.all([getTranslations("ProducerStatements"), getProducerStatement(id)])
  if (state.kind === "member" && !state.data) notFound()
  const month = state.kind === "member" && state.data ? statementMonth(state.data.statement.month, locale) : ""

  return (
    <section className="space-y-6" data-testid="producer-statement-page">
      <header className="space-y-1">
        <Link href="/account/producer/statements" className="text-sm underline">
          ← {t("title")}
        </Link>
        {month && <h1 className="text-2xl font-bold">{month}</h1>}
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && state.data && (
        <>
          <p className="break-words font-semibold">{state.data.producer.name}</p>
          <div className={`${cardClass} space-y-3`}>
            <StatementFigures statement={state.data.statement} locale={locale} t={t} />
            <StatementDownloads id={state.data.statement.id} locale={locale} t={t} />
          </div>
          <section className="space-y-2" aria-labelledby="lines">
            <h2 id="lines" className="text-lg font-semibold">
              {t("lines")}
            </h2>
            <StatementLines parts={state.data.parts} locale={locale} t={t} />
          </section>
          <StatementRefunds refunds={state.data.refunds} locale={locale} t={t} />
        </>
      )}
    </section>
  )
}
