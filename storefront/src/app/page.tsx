import { listProducts } from "@/lib/data/products"
import { ProductCard } from "@/modules/products/components/product-card"

// Listings change when certificates change: render per request until the
// revalidation webhook (shared cache tags) takes over.
export const dynamic = "force-dynamic"

export default async function HomePage() {
  const { products, count } = await listProducts()
  return (
    <section>
      <h1 className="mb-2 text-3xl font-bold">Đặc sản OCOP Quảng Trị</h1>
      <p className="mb-6 text-stone-600">
        {count} sản phẩm đạt chứng nhận OCOP từ 3 sao, giao tận nơi hoặc nhận tại điểm bán.
      </p>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-list">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} />
        ))}
      </ul>
    </section>
  )
}
