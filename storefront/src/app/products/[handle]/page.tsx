import type { Metadata } from "next"
import Image from "next/image"
import { notFound } from "next/navigation"
import { OcopCard } from "@/modules/products/components/ocop-card"
import { Price } from "@/modules/products/components/price"
import { getProductByHandle, type Product } from "@/lib/data/products"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProductByHandle((await params).handle)
  return product ? { title: product.title, description: product.subtitle ?? undefined } : { title: "Không tìm thấy" }
}

export default async function ProductPage({ params }: Props) {
  const product = await getProductByHandle((await params).handle)
  if (!product) notFound()
  return (
    <article className="grid gap-8 md:grid-cols-2">
      {product.thumbnail && (
        <Image
          src={product.thumbnail}
          alt={product.title}
          width={800}
          height={800}
          priority
          sizes="(min-width: 768px) 50vw, 100vw"
          className="w-full rounded-lg border border-stone-200"
        />
      )}
      <div className="space-y-4">
        <h1 className="text-3xl font-bold" data-testid="product-title">
          {product.title}
        </h1>
        {product.subtitle && <p className="text-lg text-stone-600">{product.subtitle}</p>}
        {product.categories?.[0] && (
          <p className="text-sm text-stone-500">Nhóm sản phẩm: {product.categories[0].name}</p>
        )}
        <OcopCard product={product} />
        <Variants product={product} />
        {product.description && <p className="leading-relaxed">{product.description}</p>}
      </div>
    </article>
  )
}

function Variants({ product }: { product: Product }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {(product.variants ?? []).map((v) => (
        <li key={v.id} className="flex items-center justify-between px-4 py-3">
          <span>{v.title}</span>
          <Price amount={v.calculated_price?.calculated_amount ?? null} className="font-bold text-ocop-red" />
        </li>
      ))}
    </ul>
  )
}
