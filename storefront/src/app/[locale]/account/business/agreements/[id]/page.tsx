import { calendarDay, formatVnd, vietnamDate } from "@ocop/core"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { getAgreement, requireBusiness } from "@/lib/data/business"
import { listOrders } from "@/lib/data/orders"
import { agreementMoves } from "@/modules/trade/agreement-moves"
import { AgreementActions } from "@/modules/trade/components/agreement-actions"
import { AgreementDocuments } from "@/modules/trade/components/agreement-documents"
import { AgreementLines } from "@/modules/trade/components/agreement-lines"
import { AgreementSummary } from "@/modules/trade/components/agreement-summary"
import { DeliveryForm } from "@/modules/trade/components/delivery-form"
import { DeliveryList } from "@/modules/trade/components/delivery-list"
import { LockedNotice } from "@/modules/trade/components/locked-notice"
import { param, type SearchParams } from "@/modules/trade/query"
import { readRefusal } from "@/modules/trade/refusal"
import type { TradeState } from "@/modules/trade/state"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Agreements" }))("title"), robots: { index: false } }
}

/** What the upload route handler reported back in the address (it answers a plain form post). */
function uploadState(sp: SearchParams): TradeState {
  const status = Number(param(sp, "upload_status"))
  if (param(sp, "upload_status"))
    return { error: readRefusal({ status: Number.isInteger(status) ? status : 400, message: "" }) }
  return param(sp, "uploaded") ? { ok: true } : {}
}

/** One agreement: parties, lines, value, signatures, documents, deliveries, and the moves its status allows. */
export default async function AgreementPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/agreements/${encodeURIComponent(id)}`)
  const [agreement, t, sp] = await Promise.all([getAgreement(id), getTranslations("Agreements"), searchParams])
  // Another business's agreement is "not found", as the API answers.
  if (!agreement) notFound()
  const moves = agreementMoves(agreement, business.id)
  // The API takes no signature, delivery or document from a business that is not verified (again).
  const locked = business.status === "verified" ? undefined : business.status
  // The buyer names a marketplace order by its number; its id is what the API takes.
  const orders = moves.side === "buyer" ? await listOrders().catch(() => []) : []
  const orderNumbers = new Map(orders.map((o) => [o.id, `#${o.display_id}`]))
  const orderChoices = orders.map((o) => ({
    id: o.id,
    label: t("orderOption", { number: `#${o.display_id}`, total: formatVnd(Number(o.total)) }),
  }))
  return (
    <article className="space-y-6" data-testid="agreement">
      <Link href="/account/business/agreements" className="text-sm underline">
        ← {t("back")}
      </Link>
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-semibold">{t(`kinds.${agreement.kind}`)}</h2>
        <p>
          {t("status")}: <strong data-testid="agreement-status">{t(`statuses.${agreement.status}`)}</strong>
        </p>
      </header>
      {agreement.status === "signed_mou" && agreement.kind === "contract" && <p>{t("upgrading")}</p>}
      {agreement.signed_on && <p>{t("signedOn", { date: calendarDay(agreement.signed_on, locale) })}</p>}
      <AgreementSummary agreement={agreement} me={business.id} />
      <AgreementLines lines={agreement.lines} />
      {locked ? (
        <LockedNotice status={locked} id="agreement-locked" />
      ) : (
        <AgreementActions id={agreement.id} moves={moves} />
      )}
      <section aria-labelledby="deliveries" className="space-y-3">
        <h2 id="deliveries" className="text-lg font-semibold">
          {t("deliveries")}
        </h2>
        <p className="text-sm text-stone-600">{t("deliveriesHint")}</p>
        <DeliveryList
          id={agreement.id}
          deliveries={agreement.deliveries}
          side={moves.side}
          canConfirm={moves.canConfirm && !locked}
          orderNumbers={orderNumbers}
        />
        {moves.canDeliver && !locked && (
          <DeliveryForm id={agreement.id} today={vietnamDate()} side={moves.side} orders={orderChoices} />
        )}
      </section>
      <AgreementDocuments agreement={agreement} upload={uploadState(sp)} canUpload={!locked} />
    </article>
  )
}
