import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { REVIEW_LIMITS } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getMyReviews } from "@/lib/data/reviews"
import { signInPath } from "@/lib/next-path"
import { Outcome } from "@/modules/producer/components/access-notice"
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
  return { title: (await getTranslations({ locale, namespace: "Reviews" }))("mine"), robots: { index: false } }
}

/**
 * The shopper's reviews: each delivered line not reviewed yet, with a plain form (stars, text, up to
 * three photos; works without JavaScript), and its reviews with where moderation left them.
 */
export default async function MyReviewsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (!(await retrieveCustomer())) redirect(signInPath(locale, `/${locale}/account/reviews`))
  const [t, mine, query] = await Promise.all([getTranslations("Reviews"), getMyReviews(), searchParams])
  const done = knownKey(query.done, REVIEW_DONE)
  const problem = knownKey(query.problem, REVIEW_PROBLEMS)
  return (
    <section className="min-w-0 space-y-6" data-testid="my-reviews">
      <Link href="/account" className="text-sm underline">
        ← {t("account")}
      </Link>
      <h1 className="text-2xl font-bold">{t("mine")}</h1>
      <Outcome done={done && t(`done.${done}`)} problem={problem && t(`problems.${problem}`)} testId="my-reviews" />
      <h2 className="text-lg font-semibold">{t("toReview")}</h2>
      {mine.reviewable.length === 0 && <p className="text-stone-600">{t("nothingToReview")}</p>}
      {mine.reviewable.map((item) => (
        <form
          key={item.item_id}
          method="post"
          action={`/api/reviews?locale=${locale}`}
          encType="multipart/form-data"
          className={`${cardClass} space-y-3`}
          data-testid="review-form"
        >
          <p className="font-semibold break-words">
            {item.title}
            {item.variant_title && <span className="font-normal text-stone-600"> · {item.variant_title}</span>}
          </p>
          <p className="text-sm text-stone-600">{t("order", { number: item.display_id })}</p>
          <input type="hidden" name="item_id" value={item.item_id} />
          <fieldset className="flex flex-wrap gap-3">
            <legend className="mb-1 text-sm font-semibold">{t("yourRating")}</legend>
            {[5, 4, 3, 2, 1].map((stars) => (
              <label key={stars} className="flex items-center gap-1">
                <input type="radio" name="rating" value={stars} required />
                {stars}★
              </label>
            ))}
          </fieldset>
          <label className="block space-y-1">
            <span className="text-sm font-semibold">{t("yourText")}</span>
            <textarea
              name="text"
              required
              minLength={REVIEW_LIMITS.text.min}
              maxLength={REVIEW_LIMITS.text.max}
              rows={4}
              className={inputClass}
            />
          </label>
          <label className="block space-y-1">
            <span className="text-sm font-semibold">{t("photos", { max: REVIEW_LIMITS.photos })}</span>
            <input type="file" name="photos" accept="image/*" multiple className="block w-full text-sm" />
          </label>
          <button className={primaryButton}>{t("send")}</button>
        </form>
      ))}
      <h2 className="text-lg font-semibold">{t("written")}</h2>
      {mine.reviews.length === 0 && <p className="text-stone-600">{t("noneWritten")}</p>}
      <ul className="space-y-3">
        {mine.reviews.map((review) => (
          <li key={review.id} className={`${cardClass} space-y-1`} data-testid="my-review">
            <p className="font-semibold break-words">{review.product_title}</p>
            <Stars rating={review.rating} label={t("starsLabel", { stars: review.rating })} />
            <p className="text-sm font-semibold" data-testid="my-review-status">
              {t(`status.${review.status}`)}
            </p>
            {review.rejection_reason && (
              <p className="text-sm break-words">{t("reason", { reason: review.rejection_reason })}</p>
            )}
            <p className="break-words whitespace-pre-line">{review.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
