import "./globals.css"

/** Paths outside any locale (rare: the proxy adds one to almost everything). */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="py-16 text-center font-sans">
        <h1 className="mb-2 text-2xl font-bold">Không tìm thấy trang · Page not found</h1>
        <a href="/vi" className="font-semibold text-ocop-red underline">
          Về trang chủ · Home
        </a>
      </body>
    </html>
  )
}
