import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { REVIEW_LIMITS, type ReviewSort } from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { getProductByHandle } from "@/lib/data/products"
import { getProductReviews } from "@/lib/data/reviews"
import { RatingSummary } from "@/modules/reviews/components/rating-summary"
import { ReviewItem } from "@/modules/reviews/components/review-item"
import { Outcome } from "@/modules/producer/components/access-notice"
import { knownKey } from "@/modules/producer/refusal"
import { REVIEW_DONE, REVIEW_PROBLEMS } from "@/modules/reviews/refusal"

type Props = {
  params: Promise<{ handle: string; locale: Locale }>
  searchParams: Promise<{
    sort?: string | string[]
    page?: string | string[]
    done?: string | string[]
    problem?: string | string[]
  }>
}

const sortOf = (value: unknown): ReviewSort => (value === "helpful" ? "helpful" : "newest")
const pageOf = (value: unknown) => Math.min(500, Math.max(1, Math.trunc(Number(value)) || 1))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle, locale } = await params
  const [product, t] = await Promise.all([
    getProductByHandle(handle, locale),
    getTranslations({ locale, namespace: "Reviews" }),
  ])
  return { title: product ? t("pageTitle", { title: product.title }) : t("title") }
}

/**
 * All of a product's approved reviews, newest or most helpful first, a page of 20 at a time. Its
 * reads are cached under the product's tag like the product page, and this page renders per request
 * (its order and page are in the address).
 */
export default async function ProductReviewsPage({ params, searchParams }: Props) {
  const { handle, locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const sort = sortOf(query.sort)
  const page = pageOf(query.page)
  const product = await getProductByHandle(handle, locale)
  if (!product) notFound()
  const size = REVIEW_LIMITS.page
  const [reviews, t] = await Promise.all([
    getProductReviews(product.id, handle, { sort, limit: size, offset: (page - 1) * size }),
    getTranslations("Reviews"),
  ])
  if (!reviews) notFound()
  const here = `/products/${handle}/reviews`
  const done = knownKey(query.done, REVIEW_DONE)
  const problem = knownKey(query.problem, REVIEW_PROBLEMS)
  const more = reviews.summary.count > page * size
  return (
    <section className="min-w-0 space-y-4" data-testid="reviews-page">
      <Link href={`/products/${handle}`} className="text-sm underline">
        ← {product.title}
      </Link>
      <h1 className="text-2xl font-bold break-words">{t("pageTitle", { title: product.title })}</h1>
      <Outcome done={done && t(`done.${done}`)} problem={problem && t(`problems.${problem}`)} testId="reviews" />
      <RatingSummary summary={reviews.summary} />
      <nav aria-label={t("sortLabel")} className="flex flex-wrap gap-4 text-sm">
        {(["newest", "helpful"] as const).map((s) => (
          <Link
            key={s}
            href={`${here}?sort=${s}`}
            aria-current={s === sort ? "page" : undefined}
            className={s === sort ? "font-semibold" : "underline"}
          >
            {t(`sort.${s}`)}
          </Link>
        ))}
      </nav>
      <ul data-testid="review-list">
        {reviews.reviews.map((review) => (
          <ReviewItem
            key={review.id}
            review={review}
            locale={locale}
            back={`/${locale}${here}?sort=${sort}&page=${page}`}
            variants={product.variants}
          />
        ))}
      </ul>
      {more && (
        <Link href={`${here}?sort=${sort}&page=${page + 1}`} className="font-semibold underline">
          {t("more")}
        </Link>
      )}
    </section>
  )
}
