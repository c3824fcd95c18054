import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { Locale } from "@/i18n/routing"
import { getProductByHandle, groupName, type Product } from "@/lib/data/products"
import { alternates } from "@/lib/seo"
import { OcopCard } from "@/modules/products/components/ocop-card"
import { ProductJsonLd } from "@/modules/products/components/product-json-ld"
import { Price } from "@/modules/products/components/price"
import { AddToCart } from "@/modules/cart/components/add-to-cart"
import { Gallery, galleryPhotos } from "@/modules/products/components/gallery"
import { WhereToBuy } from "@/modules/products/components/where-to-buy"
import { getProductReviews } from "@/lib/data/reviews"
import { PAGE_REVIEWS, ProductReviews } from "@/modules/reviews/components/product-reviews"

// Shared by every visitor: rendered on first request, then served whole from Next's cache until the
// backend's signed revalidation expires its tags (a revocation, a product edit) or MAX_AGE passes.
// Nothing per customer is rendered here (the header's cart count is fetched by the browser).
export const revalidate = 300
export function generateStaticParams() {
  return [] // none at build time: the backend need not be up for `next build`
}

type Props = { params: Promise<{ handle: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle, locale } = await params
  const product = await getProductByHandle(handle, locale)
  if (!product) return { title: (await getTranslations({ locale, namespace: "Product" }))("notFoundTitle") }
  return {
    title: product.title,
    description: product.subtitle ?? undefined,
    alternates: alternates(locale, `/products/${handle}`),
  }
}

export default async function ProductPage({ params }: Props) {
  const { handle, locale } = await params
  setRequestLocale(locale)
  const product = await getProductByHandle(handle, locale)
  if (!product) notFound()
  const [t, reviews] = await Promise.all([
    getTranslations("Product"),
    getProductReviews(product.id, handle, { limit: PAGE_REVIEWS }),
  ])
  const group = groupName(product, locale)
  const story = locale === "en" ? product.subject?.story_en : product.subject?.story_vi
  const url = new URL(`/${locale}/products/${handle}`, process.env.STOREFRONT_URL || "http://localhost:8000").href
  // A producer's own photos (a gallery, each at its stored widths) when there are any; the thumbnail otherwise.
  const photos = galleryPhotos(product.thumbnail, product.images)
  const variants = (product.variants ?? []).map((v) => ({
    id: v.id,
    title: v.title ?? "",
    amount: v.calculated_price?.calculated_amount ?? null,
  }))
  return (
    // A column on a phone (so the buy bar can stick to the screen's bottom across the whole
    // product), two columns from `md` up with the buy bar under the pictures.
    <article className="flex flex-col gap-8 md:grid md:grid-cols-2 md:items-start">
      <ProductJsonLd product={product} url={url} reviews={reviews} />
      <div className="md:col-start-1 md:row-start-1">
        <Gallery title={product.title} photos={photos} label={(n) => t("photo", { n })} />
      </div>
      <div className="space-y-4 md:col-start-2 md:row-span-2 md:row-start-1">
        <h1 className="text-3xl font-bold" data-testid="product-title">
          {product.title}
        </h1>
        {product.subtitle && <p className="text-lg text-stone-600">{product.subtitle}</p>}
        {group && <p className="text-sm text-stone-600">{t("group", { name: group })}</p>}
        <OcopCard product={product} />
        <Variants product={product} />
        {product.description && <p className="leading-relaxed">{product.description}</p>}
        <WhereToBuy productId={product.id} handle={product.handle} />
        {story && (
          <section aria-labelledby="story">
            <h2 id="story" className="mb-1 text-lg font-semibold">
              {t("story")}
            </h2>
            <p className="leading-relaxed text-stone-700" data-testid="producer-story">
              {story}
            </p>
          </section>
        )}
      </div>
      <div className="sticky bottom-0 z-20 md:static md:col-start-1 md:row-start-2">
        <AddToCart productTitle={product.title} variants={variants} />
      </div>
      {reviews && (
        <div className="md:col-span-2 md:row-start-3">
          <ProductReviews reviews={reviews} handle={handle} locale={locale} variants={product.variants} />
        </div>
      )}
    </article>
  )
}

/** The sizes and their prices, for reading; choosing one is the buy bar's. */
function Variants({ product }: { product: Product }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="variants">
      {(product.variants ?? []).map((v) => (
        <li key={v.id} className="flex items-center justify-between px-4 py-3">
          <span>{v.title}</span>
          <Price amount={v.calculated_price?.calculated_amount ?? null} className="font-bold text-ocop-red" />
        </li>
      ))}
    </ul>
  )
}
