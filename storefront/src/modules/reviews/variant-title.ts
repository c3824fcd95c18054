import type { PublicReviewView } from "@ocop/core"

/** A product's variants as the catalogue answers them in the page's language. */
type Variants = { id: string; title?: string | null }[] | null | undefined

/**
 * The size a review's buyer bought, in the page's language: the variant's title as the catalogue gives
 * it for the page's locale (its English translation on English pages), or the title the order line
 * kept when the variant is gone or unknown (reviews written before the variant was recorded).
 */
export function boughtVariantTitle(review: Pick<PublicReviewView, "variant_id" | "variant_title">, variants: Variants) {
  const current = review.variant_id ? variants?.find((v) => v.id === review.variant_id)?.title : null
  return current || review.variant_title
}
