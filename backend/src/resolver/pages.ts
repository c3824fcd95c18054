const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const COPY = {
  vi: {
    unknown: "Mã này không phải sản phẩm OCOP đã đăng ký",
    invalid: "Mã truy xuất không đúng định dạng",
    advice:
      "Sản phẩm mang mã này không có trong danh sách sản phẩm OCOP của chúng tôi. Hãy cẩn thận: đây có thể là hàng giả mạo.",
    shop: "Xem các sản phẩm OCOP được chứng nhận",
  },
  en: {
    unknown: "This code is not a registered OCOP product",
    invalid: "This traceability code is malformed",
    advice: "The product carrying this code is not in our list of OCOP products. Take care: it may be counterfeit.",
    shop: "See certified OCOP products",
  },
} as const

/**
 * The page a person sees when a code cannot be resolved (a 404 or 400): small, readable without
 * JavaScript, in their language, pointing to the shop's certified products.
 */
export function problemPage(kind: "unknown" | "invalid", reason: string, locale: "vi" | "en", shopUrl: string) {
  const t = COPY[locale]
  const title = kind === "unknown" ? t.unknown : t.invalid
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.warn{border:3px solid #b00020;border-radius:8px;padding:1rem;background:#fff4f4}h1{font-size:1.4rem;margin:0 0 .5rem;color:#8a0018}a{color:#0b5394}</style>
</head><body><main><div class="warn" role="alert"><h1>⚠ ${escape(title)}</h1><p>${escape(t.advice)}</p>
<p><small>${escape(reason)}</small></p></div><p><a href="${escape(shopUrl)}">${escape(t.shop)}</a></p></main></body></html>`
}
