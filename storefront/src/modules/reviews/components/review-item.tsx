import { formatVietnamTime, type PublicReviewView } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import { Photo } from "@/modules/products/components/photo"
import { boughtVariantTitle } from "../variant-title"
import { Stars } from "./stars"

type Props = {
  review: PublicReviewView
  locale: string
  /** The product's variants in the page's language, to name the size bought in it. */
  variants?: { id: string; title?: string | null }[] | null
  /** Where "helpful" brings the shopper back to; no button without it. */
  back?: string
}

/**
 * One approved review. Every text from a buyer or a producer is a React text node, so markup in it is
 * shown as typed, never rendered. "Helpful" is a plain form (works without JavaScript): the route
 * handler needs a signed-in shopper and comes back here.
 */
export async function ReviewItem({ review, locale, back, variants }: Props) {
  const t = await getTranslations("Reviews")
  const bought = boughtVariantTitle(review, variants)
  return (
    <li className="space-y-2 border-t border-stone-200 py-4" data-testid="review">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars rating={review.rating} label={t("starsLabel", { stars: review.rating })} />
        <span className="font-semibold break-words">{review.author ?? t("buyer")}</span>
        <span className="text-sm text-stone-600">{formatVietnamTime(review.created_at, locale, "day")}</span>
        {review.demo && (
          <span className="rounded bg-stone-200 px-2 text-xs font-semibold text-stone-700" data-testid="review-demo">
            {t("demo")}
          </span>
        )}
      </div>
      {bought && (
        <p className="text-sm text-stone-600" data-testid="review-bought">
          {t("bought", { variant: bought })}
        </p>
      )}
      <p className="leading-relaxed break-words whitespace-pre-line" data-testid="review-text">
        {review.text}
      </p>
      {review.photos.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {review.photos.map((photo, i) => (
            <li key={photo.id}>
              <Photo
                url={photo.url}
                widths={photo.widths}
                alt={t("photo", { n: i + 1 })}
                sizes="96px"
                className="h-24 w-24 rounded object-cover"
              />
            </li>
          ))}
        </ul>
      )}
      {review.reply && (
        <div className="rounded bg-stone-100 p-3 text-sm" data-testid="review-reply">
          <p className="font-semibold">{t("reply")}</p>
          <p className="break-words whitespace-pre-line">{review.reply.text}</p>
        </div>
      )}
      {back ? (
        <form method="post" action="/api/reviews/helpful" className="text-sm">
          <input type="hidden" name="review_id" value={review.id} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="back" value={back} />
          <button className="underline" data-testid="review-helpful">
            {t("helpful", { count: review.helpful_count })}
          </button>
        </form>
      ) : (
        <p className="text-sm text-stone-600">{t("helpfulCount", { count: review.helpful_count })}</p>
      )}
    </li>
  )
}
