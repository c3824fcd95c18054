/** Link previews (chat apps, social networks) and crawlers fetch codes too; they are not scans. */
const BOT = /bot|crawler|spider|preview|facebookexternalhit|zalo|slurp|curl|wget|python|go-http|headless/i

/** A device class instead of the user agent: enough for statistics, too little to identify anyone. */
export function deviceClass(userAgent: string | undefined): "ios" | "android" | "desktop" | "other" | "bot" {
  const ua = userAgent ?? ""
  if (!ua || BOT.test(ua)) return "bot"
  if (/iphone|ipad|ipod/i.test(ua)) return "ios"
  if (/android/i.test(ua)) return "android"
  if (/windows|macintosh|linux|cros/i.test(ua)) return "desktop"
  return "other"
}

/** vi or en, by the first of them in Accept-Language (q-values honoured); Vietnamese by default. */
export function preferredLocale(acceptLanguage: string | undefined): "vi" | "en" {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.split("-")[0], q: q ? Number(q.slice(2)) : 1, i }
    })
    .filter((l) => (l.lang === "vi" || l.lang === "en") && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  return (ranked[0]?.lang as "vi" | "en") ?? "vi"
}
