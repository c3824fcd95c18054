import { suggest } from "@/lib/data/suggest"

/** GET /api/suggest?q=nuoc+m&locale=vi → up to six product suggestions for the header's search box. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const locale = url.searchParams.get("locale") === "en" ? "en" : "vi"
  try {
    const suggestions = await suggest(url.searchParams.get("q") ?? "", locale)
    // The same for every visitor; a few seconds of sharing absorbs fast typists without going stale.
    return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=5" } })
  } catch {
    return Response.json({ suggestions: [] }, { status: 502 })
  }
}
