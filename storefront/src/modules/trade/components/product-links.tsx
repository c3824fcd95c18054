import { starGlyphs, type ListedProductView } from "@ocop/core"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** Certified products as links to their pages, each with its stars (read out as words). */
export function ProductLinks({ products }: { products: ListedProductView[] }) {
  const t = useTranslations("SalesPoints")
  return (
    <ul className="space-y-1 text-sm">
      {products.map((p) => (
        <li key={p.id}>
          <Link href={`/products/${p.handle}`} className="underline">
            {p.title}
          </Link>{" "}
          <span aria-hidden className="text-amber-700">
            {starGlyphs(p.stars)}
          </span>
          <span className="sr-only">{t("stars", { stars: p.stars })}</span>
        </li>
      ))}
    </ul>
  )
}
