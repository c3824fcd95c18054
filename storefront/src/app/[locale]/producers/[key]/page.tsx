import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { getProducer, listStallSalesPoints } from "@/lib/data/producers"
import { listProductsByHandle } from "@/lib/data/products"
import { getRatings } from "@/lib/data/reviews"
import { alternates } from "@/lib/seo"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { SalesPointEntries } from "@/modules/products/components/where-to-buy"
import { StallPhotos } from "@/modules/producers/components/stall-photos"
import { StallRating } from "@/modules/producers/components/stall-rating"
import { StallReviews } from "@/modules/reviews/components/stall-reviews"

// Shared by every visitor: rendered on first request, then served whole from Next's cache until the
// backend's signed revalidation expires its tags (a revocation, a product edit, the producer's story
// or photos: `producer.catalogue_changed` expires "products"; so does a buyer's review approved, for
// the tiles' ratings and the reviews' summary) or MAX_AGE passes. Nothing per customer is rendered here
// (the header's cart count is fetched by the browser).
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

type Props = { params: Promise<{ key: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key, locale } = await params
  const found = await getProducer(key)
  if (!found) return { title: (await getTranslations({ locale, namespace: "Product" }))("notFoundTitle") }
  return { title: found.producer.name, alternates: alternates(locale, `/producers/${key}`) }
}

/**
 * A producer's stall (gian hàng): who they are and where, their OCOP rating, their story, photos of
 * their products, their certified products for sale, and the sales points that hold them.
 */
export default async function ProducerPage({ params }: Props) {
  const { key, locale } = await params
  setRequestLocale(locale)
  const found = await getProducer(key)
  if (!found) notFound()
  const { producer, handles } = found
  const [products, points, t, types] = await Promise.all([
    listProductsByHandle(handles, locale),
    listStallSalesPoints(key, locale),
    getTranslations("Producer"),
    getTranslations("SubjectType"),
  ])
  const ratings = await getRatings(products.map((p) => p.id))
  const story = locale === "en" ? producer.story_en : producer.story_vi
  return (
    <article className="min-w-0 space-y-6" data-testid="producer-stall">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          {t("kind")} · {types(producer.type)}
        </p>
        <h1 className="text-3xl font-bold break-words" data-testid="producer-name">
          {producer.name}
        </h1>
        <p>
          {t("locality")}: <span data-testid="commune">{producer.commune?.name ?? producer.legacy_locality}</span>
        </p>
      </header>
      <StallRating products={products} />
      <StallReviews summary={ratings.overall} />
      {story && (
        <section aria-labelledby="producer-story" className="space-y-1">
          <h2 id="producer-story" className="text-xl font-semibold">
            {t("story")}
          </h2>
          <p className="max-w-prose leading-relaxed break-words whitespace-pre-line" data-testid="producer-story">
            {story}
          </p>
        </section>
      )}
      <StallPhotos products={products} />
      <section aria-labelledby="producer-products" className="space-y-3">
        <h2 id="producer-products" className="text-xl font-semibold">
          {t("products")}
        </h2>
        <ProductGrid products={products} locale={locale} ratings={ratings.products} />
      </section>
      <section aria-labelledby="producer-where" className="space-y-2" data-testid="producer-where-to-buy">
        <h2 id="producer-where" className="text-xl font-semibold">
          {t("whereToBuy")}
        </h2>
        <SalesPointEntries points={points} />
      </section>
    </article>
  )
}
