import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { groupChoices } from "@/lib/data/business"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerStall } from "@/lib/data/producer-stall"
import { signInPath } from "@/lib/next-path"
import { AccessNotice } from "@/modules/producer/components/access-notice"
import { ProposalForm, type ProposalLabels } from "@/modules/producer/components/proposal-form"
import { PROPOSAL_PROBLEMS } from "@/modules/producer/stall-refusal"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

const LABELS = [
  "title",
  "title_en",
  "subtitle",
  "subtitle_en",
  "description",
  "description_en",
  "group",
  "anyGroup",
  "variants",
  "variantsHint",
  "variantTitle",
  "variantTitleEn",
  "price",
  "weight",
  "submit",
  "photos",
  "products",
] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    title: (await getTranslations({ locale, namespace: "ProducerProposal" }))("pageTitle"),
    robots: { index: false },
  }
}

/**
 * A producer proposes a new product for OCOP certification: it becomes a draft the OCOP office sees,
 * among the producer's products at once (photos, prices, stock), and on sale only once a certificate
 * lists it.
 */
export default async function ProposeProductPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (!(await retrieveCustomer())) redirect(signInPath(locale, `/${locale}/account/producer/products/new`))
  const [t, state, groups] = await Promise.all([
    getTranslations("ProducerProposal"),
    getProducerStall(),
    groupChoices(locale),
  ])
  const labels = {
    ...Object.fromEntries(LABELS.map((key) => [key, t(key)])),
    variant: t.raw("variant") as string,
    done: t.raw("done") as string,
  } as ProposalLabels
  const problems = Object.fromEntries(PROPOSAL_PROBLEMS.map((key) => [key, t(`problems.${key}`)]))
  return (
    <section className="space-y-6" data-testid="producer-proposal">
      <header className="space-y-1">
        <Link href="/account/producer/products" className="text-sm underline">
          ← {t("products")}
        </Link>
        <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      </header>
      <AccessNotice state={state} none={t("none")} suspended={(reason) => t("suspended", { reason })} />
      {state.kind === "member" && (
        <>
          <p className="text-sm text-stone-700">{t("intro")}</p>
          <ProposalForm groups={groups} labels={labels} problems={problems} />
        </>
      )}
    </section>
  )
}
