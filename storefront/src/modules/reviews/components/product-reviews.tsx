import type { ProductReviewsResponse } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { RatingSummary } from "./rating-summary"
import { ReviewItem } from "./review-item"

/** How many reviews the product page shows; the rest are on its reviews page. */
export const PAGE_REVIEWS = 5

/**
 * The product page's reviews: the summary, the newest few, and links to all of them newest or most
 * helpful first (their own page: the product page is cached whole, so it takes no sort parameter).
 */
export async function ProductReviews({
  reviews,
  handle,
  locale,
  variants,
}: {
  reviews: ProductReviewsResponse
  handle: string
  locale: string
  /** The product's variants in the page's language. */
  variants?: { id: string; title?: string | null }[] | null
}) {
  const t = await getTranslations("Reviews")
  const all = `/products/${handle}/reviews`
  return (
    <section aria-labelledby="reviews" className="min-w-0 space-y-4" data-testid="product-reviews">
      <h2 id="reviews" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <RatingSummary summary={reviews.summary} />
      {reviews.summary.count > 0 && (
        <>
          <nav aria-label={t("sortLabel")} className="flex flex-wrap gap-4 text-sm">
            <Link href={`${all}?sort=newest`} className="underline">
              {t("sort.newest")}
            </Link>
            <Link href={`${all}?sort=helpful`} className="underline" data-testid="reviews-helpful-first">
              {t("sort.helpful")}
            </Link>
          </nav>
          <ul data-testid="review-list">
            {reviews.reviews.slice(0, PAGE_REVIEWS).map((review) => (
              <ReviewItem
                key={review.id}
                review={review}
                locale={locale}
                back={`/${locale}${all}`}
                variants={variants}
              />
            ))}
          </ul>
          {reviews.summary.count > PAGE_REVIEWS && (
            <Link href={`${all}?sort=newest`} className="font-semibold underline">
              {t("all", { count: reviews.summary.count })}
            </Link>
          )}
        </>
      )}
    </section>
  )
}
