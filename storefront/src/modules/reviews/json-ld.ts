import type { ProductReviewsResponse } from "@ocop/core"

/**
 * schema.org AggregateRating and Review for a product, from real buyers' approved reviews only: the
 * demo dataset's are left out (they are shown on the page, marked, but are nobody's opinion), so a
 * product without real reviews states no rating at all. The rating is the backend's summary of real
 * reviews (`real_summary`), the reviews those of the page's list that are real.
 */
export function reviewsJsonLd(reviews: ProductReviewsResponse | null) {
  const summary = reviews?.real_summary
  if (!reviews || !summary?.count || summary.average === null) return {}
  const real = reviews.reviews.filter((r) => !r.demo)
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: summary.average,
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: real.map((r) => ({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      author: { "@type": "Person", name: r.author ?? "Người mua" },
      datePublished: r.created_at.slice(0, 10),
      reviewBody: r.text,
    })),
  }
}
