import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listProducts } from "@/lib/data/products"
import { alternates } from "@/lib/seo"
import { ProductCard } from "@/modules/products/components/product-card"

// Listings change when certificates change: render per request until the
// revalidation webhook (shared cache tags) takes over.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: alternates((await params).locale, "") }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("Home")
  const { products, count } = await listProducts(locale)
  return (
    <section>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-stone-600">{t("count", { count })}</p>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-list">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} locale={locale} />
        ))}
      </ul>
    </section>
  )
}
