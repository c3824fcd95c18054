import { privateDownload } from "@/lib/http/private-download"

export const dynamic = "force-dynamic"

type Context = { params: Promise<{ id: string }> }

/**
 * GET /api/producer/statements/:id/csv — the producer's statement as CSV (its totals, then every
 * line it counts), from the Store API with the member's session; another producer's is the API's 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params
  return privateDownload(`/store/producer/statements/${encodeURIComponent(id)}/csv`, "text/csv; charset=utf-8")
}
