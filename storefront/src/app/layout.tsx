import "@fontsource/be-vietnam-pro/400.css"
import "@fontsource/be-vietnam-pro/600.css"
import "@fontsource/be-vietnam-pro/700.css"
import "./globals.css"
import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"

export const metadata: Metadata = {
  title: { default: "OCOP Quảng Trị – Sản phẩm OCOP chính hãng", template: "%s · OCOP Quảng Trị" },
  description: "Mua sản phẩm OCOP được chứng nhận 3 sao trở lên của tỉnh Quảng Trị.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
            <Link href="/" className="text-xl font-bold text-ocop-red">
              OCOP Quảng Trị
            </Link>
            <p className="text-sm text-stone-600">Sản phẩm OCOP được chứng nhận từ 3 sao</p>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
        <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-500">
          Chương trình Mỗi xã một sản phẩm (OCOP) · Dữ liệu mẫu cho trình diễn
        </footer>
      </body>
    </html>
  )
}
