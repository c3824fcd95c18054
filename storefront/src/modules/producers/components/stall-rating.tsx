import { shownCertificate, starGlyphs } from "@ocop/core"
import { getTranslations } from "next-intl/server"
import type { Product } from "@/lib/data/products"

/**
 * The producer's OCOP rating: the stars its products on sale hold now, counted by stars (the
 * official council's rating, read from each product's certificate). Buyers' reviews are summed up
 * apart (`StallReviews`): a council's stars and shoppers' stars are different things.
 */
export async function StallRating({ products }: { products: Product[] }) {
  const t = await getTranslations("Producer")
  const stars = products.map((p) => shownCertificate(p.certificates)?.stars).filter((s): s is number => !!s)
  if (!stars.length) return null
  const counts = [5, 4, 3].map((s) => [s, stars.filter((x) => x === s).length] as const).filter(([, n]) => n > 0)
  return (
    <section aria-labelledby="producer-rating" className="space-y-1" data-testid="producer-rating">
      <h2 id="producer-rating" className="text-xl font-semibold">
        {t("rating")}
      </h2>
      <ul className="space-y-0.5">
        {counts.map(([s, n]) => (
          <li key={s}>
            <span aria-hidden className="text-amber-700">
              {starGlyphs(s)}
            </span>{" "}
            {t("ratingLine", { stars: s, count: n })}
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-600">{t("ratingNote")}</p>
    </section>
  )
}
