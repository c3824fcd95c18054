import Link from "next/link"

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-bold">Không tìm thấy sản phẩm</h1>
      <p className="mb-6 text-stone-600">Sản phẩm không tồn tại hoặc hiện không được bán.</p>
      <Link href="/" className="font-semibold text-ocop-red underline">
        Về trang chủ
      </Link>
    </section>
  )
}
