import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { calendarDay } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { getMatches, requireBusiness } from "@/lib/data/business"
import { MatchCard } from "@/modules/trade/components/match-card"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Matches" }))("title"), robots: { index: false } }
}

/** The meeting form, preselecting the other business (and what the meeting is about). */
function meetingHref(counterpart: { id: string; company_name: string }, needId: string, offerId: string) {
  const query = new URLSearchParams({ counterpart: counterpart.id, need: needId, offer: offerId })
  query.set("name", counterpart.company_name)
  return `/account/business/meetings/new?${query}`
}

/** Suggestions for both sides, computed by the API on every read: offers for each need, needs for each offer. */
export default async function MatchesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const business = await requireBusiness(locale, `/${locale}/account/business/matches`)
  const t = await getTranslations("Matches")
  if (business.status !== "verified") return <p>{t("notVerified")}</p>
  const matches = await getMatches()
  const day = (date: string) => calendarDay(date, locale)
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      {!matches.needs.length && !matches.offers.length && <p>{t("nothing")}</p>}
      {matches.needs.length > 0 && (
        <section aria-labelledby="for-needs" className="space-y-4">
          <h3 id="for-needs" className="text-lg font-semibold">
            {t("forNeeds")}
          </h3>
          {matches.needs.map(({ need, offers }) => (
            <section key={need.id} className="space-y-2" data-testid="need-matches">
              <h4 className="font-semibold">{t("need", { title: need.title })}</h4>
              {offers.length ? (
                <ul className="space-y-3">
                  {offers.map((m) => (
                    <MatchCard
                      key={m.offer_id}
                      title={m.product.title}
                      href={m.product.handle ? `/products/${m.product.handle}` : null}
                      facts={[t("producer", { name: m.producer.company_name })]}
                      score={m.score}
                      reasons={m.reasons}
                      meetingHref={meetingHref(m.producer, need.id, m.offer_id)}
                    />
                  ))}
                </ul>
              ) : (
                <p className="text-sm">{t("noOffers")}</p>
              )}
            </section>
          ))}
        </section>
      )}
      {matches.offers.length > 0 && (
        <section aria-labelledby="for-offers" className="space-y-4">
          <h3 id="for-offers" className="text-lg font-semibold">
            {t("forOffers")}
          </h3>
          {matches.offers.map(({ offer, needs }) => (
            <section key={offer.id} className="space-y-2" data-testid="offer-matches">
              <h4 className="font-semibold">{t("offer", { title: offer.product.title })}</h4>
              {needs.length ? (
                <ul className="space-y-3">
                  {needs.map((m) => (
                    <MatchCard
                      key={m.need_id}
                      title={m.title}
                      href={null}
                      facts={[
                        t("buyer", { name: m.buyer.company_name }),
                        t("needSummary", { quantity: m.quantity, deadline: day(m.deadline) }),
                        t("forProduct", { title: offer.product.title }),
                      ]}
                      score={m.score}
                      reasons={m.reasons}
                      meetingHref={meetingHref(m.buyer, m.need_id, offer.id)}
                    />
                  ))}
                </ul>
              ) : (
                <p className="text-sm">{t("noNeeds")}</p>
              )}
            </section>
          ))}
        </section>
      )}
    </div>
  )
}
