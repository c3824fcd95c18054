import Image from "next/image"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { groupName, lowestPrice, type Product } from "@/lib/data/products"
import { Price } from "./price"

export function ProductCard({ product, locale }: { product: Product; locale: Locale }) {
  const group = groupName(product, locale)
  return (
    <li className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${product.handle}`} className="block" data-testid="product-card">
        {product.thumbnail && (
          <Image
            src={product.thumbnail}
            alt={product.title}
            width={400}
            height={400}
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            className="aspect-square w-full object-cover"
          />
        )}
        <div className="space-y-1 p-3">
          <h2 className="font-semibold leading-snug">{product.title}</h2>
          {group && <p className="text-xs text-stone-600">{group}</p>}
          <Price amount={lowestPrice(product)} className="block font-bold text-ocop-red" />
        </div>
      </Link>
    </li>
  )
}
