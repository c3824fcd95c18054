import Image from "next/image"
import Link from "next/link"
import { lowestPrice, type Product } from "@/lib/data/products"
import { Price } from "./price"

export function ProductCard({ product }: { product: Product }) {
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
          {product.categories?.[0] && <p className="text-xs text-stone-500">{product.categories[0].name}</p>}
          <Price amount={lowestPrice(product)} className="block font-bold text-ocop-red" />
        </div>
      </Link>
    </li>
  )
}
