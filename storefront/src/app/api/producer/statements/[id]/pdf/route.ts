import { privateDownload } from "@/lib/http/private-download"

export const dynamic = "force-dynamic"

type Context = { params: Promise<{ id: string }> }

/**
 * GET /api/producer/statements/:id/pdf?lang=vi|en — the producer's statement as PDF, written in the
 * language of the page that links it (Vietnamese unless English is asked for), from the Store API
 * with the member's session.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params
  const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi"
  return privateDownload(`/store/producer/statements/${encodeURIComponent(id)}/pdf`, "application/pdf", { lang })
}
