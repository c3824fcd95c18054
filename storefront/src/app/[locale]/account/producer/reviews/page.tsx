import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { REVIEW_LIMITS } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { replyToReview } from "@/lib/actions/reviews"
import { retrieveCustomer } from "@/lib/data/customer"
import { getProducerReviews } from "@/lib/data/reviews"
import { signInPath } from "@/lib/next-path"
import { AccessNotice, Outcome } from "@/modules/producer/components/access-notice"
import { knownKey } from "@/modules/producer/refusal"
import { Stars } from "@/modules/reviews/components/stars"
import { REVIEW_DONE, REVIEW_PROBLEMS } from "@/modules/reviews/refusal"
import { cardClass, inputClass, primaryButton } from "@/modules/trade/styles"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "Reviews" }))("producerTitle"), robots: { index: false } }
}

/**
 * Buyers' approved reviews of the producer's products, newest first, each with the producer's reply
 * and where moderation left it (waiting, published, or not published with the officials' reason), or
 * a plain form to give it (works without JavaScript): once, and once more after a rejection.
 */
export default async function ProducerReviewsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (!(await retrieveCustomer())) redirect(signInPath(locale, `/${locale}/account/producer/reviews`))
  const [t, w, state, query] = await Promise.all([
    getTranslations("Reviews"),
    getTranslations("ProducerStall"),
    getProducerReviews(),
    searchParams,
  ])
  const done = knownKey(query.done, REVIEW_DONE)
  const problem = knownKey(query.problem, REVIEW_PROBLEMS)
  return (
    <section className="min-w-0 space-y-6" data-testid="producer-reviews">
      <Link href="/account/producer" className="text-sm underline">
        ← {w("workspace")}
      </Link>
      <h1 className="text-2xl font-bold">{t("producerTitle")}</h1>
      <AccessNotice state={state} none={w("none")} suspended={(reason) => w("suspended", { reason })} />
      <Outcome
        done={done && t(`done.${done}`)}
        problem={problem && t(`problems.${problem}`)}
        testId="producer-reviews"
      />
      {state.kind === "member" && state.reviews.length === 0 && <p className="text-stone-600">{t("producerNone")}</p>}
      {state.kind === "member" && (
        <ul className="space-y-3">
          {state.reviews.map((review) => (
            <li key={review.id} className={`${cardClass} space-y-2`} data-testid="producer-review">
              <p className="font-semibold break-words">{review.product_title}</p>
              <Stars rating={review.rating} label={t("starsLabel", { stars: review.rating })} />
              <p className="break-words whitespace-pre-line">{review.text}</p>
              {review.reply_state && (
                <div className="rounded bg-stone-100 p-3 text-sm" data-testid="producer-review-reply">
                  <p className="font-semibold" data-testid="producer-review-reply-state">
                    {t(`replyState.${review.reply_state.status}`)}
                  </p>
                  <p className="break-words whitespace-pre-line">{review.reply_state.text}</p>
                  {review.reply_state.rejection_reason && (
                    <p className="break-words text-stone-700">
                      {t("reason", { reason: review.reply_state.rejection_reason })}
                    </p>
                  )}
                </div>
              )}
              {review.may_reply && (
                <form action={replyToReview} className="space-y-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="review_id" value={review.id} />
                  {review.reply_state && <p className="text-sm text-stone-600">{t("replyAgain")}</p>}
                  <label className="block space-y-1">
                    <span className="text-sm font-semibold">{t("replyLabel")}</span>
                    <textarea name="text" required maxLength={REVIEW_LIMITS.reply} rows={3} className={inputClass} />
                  </label>
                  <button className={primaryButton}>{t("replySend")}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
