import { describe, expect, it } from "vitest"
import type { ProductReviewsResponse, PublicReviewView } from "@ocop/core"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { reviewsJsonLd } from "../json-ld"
import { REVIEW_DONE, REVIEW_PROBLEMS, reviewProblem } from "../refusal"
import { boughtVariantTitle } from "../variant-title"

const review = (over: Partial<PublicReviewView>): PublicReviewView => ({
  id: "prev_1",
  rating: 4,
  text: '<script>alert("x")</script> ngon',
  photos: [],
  author: "Lan",
  variant_id: null,
  variant_title: null,
  created_at: "2026-12-01T03:00:00.000Z",
  helpful_count: 0,
  demo: false,
  reply: null,
  ...over,
})
const summary = (count: number, average: number | null) => ({
  count,
  average,
  distribution: { 5: 0, 4: count, 3: 0, 2: 0, 1: 0 },
})
const page = (reviews: PublicReviewView[], all: number, real: number): ProductReviewsResponse => ({
  product_id: "prod_1",
  summary: summary(all, all ? 4 : null),
  real_summary: summary(real, real ? 4 : null),
  reviews,
  sort: "newest",
  limit: 5,
  offset: 0,
})

describe("reviews in the structured data", () => {
  it("states a rating and reviews only from real buyers' approved reviews, matching their summary", () => {
    expect(reviewsJsonLd(null)).toEqual({})
    expect(reviewsJsonLd(page([], 0, 0))).toEqual({})
    // Only the demo dataset's reviews: shown on the page, but no rating is stated.
    expect(reviewsJsonLd(page([review({ demo: true })], 1, 0))).toEqual({})
    const data = reviewsJsonLd(page([review({}), review({ id: "prev_2", demo: true, author: null })], 2, 1))
    expect(data).toEqual({
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4, reviewCount: 1, bestRating: 5, worstRating: 1 },
      review: [
        {
          "@type": "Review",
          reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1 },
          author: { "@type": "Person", name: "Lan" },
          datePublished: "2026-12-01",
          reviewBody: '<script>alert("x")</script> ngon',
        },
      ],
    })
  })
})

describe("the reviews' refusals", () => {
  it("reads the API's refusals into sentences the pages have in both languages", () => {
    const invalid = (m: string) => reviewProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("Value for field 'text' too small, expected at least: '10'")).toBe("short")
    expect(invalid("Value for field 'rating' too big, expected at most: '5'")).toBe("rating")
    expect(reviewProblem({ status: 413, message: "photos is larger than 10 MB" })).toBe("tooLarge")
    expect(reviewProblem({ status: 400, message: "photo 2 is not an image that can be read (JPEG…)" })).toBe("notImage")
    expect(
      reviewProblem({ status: 400, message: "This item has not been delivered yet: review it once it arrives" }),
    ).toBe("notDelivered")
    expect(
      reviewProblem({ status: 409, message: "This item has already been reviewed: one review per item bought" }),
    ).toBe("reviewed")
    expect(reviewProblem({ status: 409, message: "This account has already marked this review helpful" })).toBe("voted")
    expect(reviewProblem({ status: 404, message: "No such item among this account's orders" })).toBe("notFound")
    expect(reviewProblem({ status: 409, message: "This review's reply was rejected twice: no further reply" })).toBe(
      "replyRejectedTwice",
    )
    expect(reviewProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en]) {
      const texts = (messages as unknown as Record<string, Record<string, Record<string, string>>>).Reviews
      for (const key of REVIEW_PROBLEMS) expect(texts.problems[key], key).toBeTruthy()
      for (const key of REVIEW_DONE) expect(texts.done[key], key).toBeTruthy()
    }
  })
})

describe("the size a review's buyer bought", () => {
  it("is named in the page's language from the catalogue's variants, or as the order line kept it", () => {
    const variants = [
      { id: "variant_250", title: "250 g pack" },
      { id: "variant_500", title: "500 g pack" },
    ]
    const bought = { variant_id: "variant_500", variant_title: "Gói 500 g" }
    expect(boughtVariantTitle(bought, variants)).toBe("500 g pack")
    // A variant no longer sold, or a review written before the variant was recorded: the line's title.
    expect(boughtVariantTitle({ ...bought, variant_id: "variant_gone" }, variants)).toBe("Gói 500 g")
    expect(boughtVariantTitle({ ...bought, variant_id: null }, variants)).toBe("Gói 500 g")
    expect(boughtVariantTitle({ variant_id: null, variant_title: null }, variants)).toBeNull()
  })
})
