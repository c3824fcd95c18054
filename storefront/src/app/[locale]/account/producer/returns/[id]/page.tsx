import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerReturn } from "@/lib/data/producer-returns"
import { signInPath } from "@/lib/next-path"
import { AccessNotice, Outcome } from "@/modules/producer/components/access-notice"
import { ReturnActions } from "@/modules/producer/components/return-actions"
import { ReturnDetail } from "@/modules/producer/components/return-detail"
import { knownKey } from "@/modules/producer/refusal"
import { returnBadge } from "@/modules/producer/return-look"
import { RETURN_DONE, RETURN_PROBLEMS } from "@/modules/producer/return-refusal"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerReturns" }))("title"),
    robots: { index: false },
  }
}

/**
 * One of the producer's returns (the page the producer's "new return" e-mail links to): what goes
 * back and why, with the shopper's photos, the parcel on its way back, what happened when, and what
 * can be done in its state — accept, refuse with a reason, mark received. Plain forms posting to
 * server actions, so it works with JavaScript off; what happened comes back in the address.
 */
export default async function ProducerReturnPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, `/${locale}/account/producer/returns/${encodeURIComponent(id)}`))
  const [t, state, query] = await Promise.all([getTranslations("ProducerReturns"), getProducerReturn(id), searchParams])
  // Another producer's return is "not found", as the API answers: its existence is not revealed.
  if (state.kind === "member" && !state.data) notFound()
  const done = knownKey(query.done, RETURN_DONE)
  const problem = knownKey(query.problem, RETURN_PROBLEMS)

  return (
    <section className="space-y-6" data-testid="producer-return-page">
      <header className="space-y-1">
        <Link href="/account/producer/returns" className="text-sm underline">
          ← {t("title")}
        </Link>
        {state.kind === "member" && state.data && (
          <h1 className="text-2xl font-bold">{t("number", { number: state.data.display_id })}</h1>
        )}
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && state.data && (
        <>
          <Outcome
            done={done && t(`done.${done}`)}
            problem={problem && t(`problems.${problem}`)}
            testId="producer-return"
          />
          <p>
            <span className={returnBadge(state.data.status)} data-testid="producer-return-status">
              {t(`statuses.${state.data.status}`)}
            </span>
          </p>
          <ReturnDetail ret={state.data} locale={locale} t={t} />
          <ReturnActions ret={state.data} locale={locale} t={t} />
        </>
      )}
    </section>
  )
}
