import { privateDownload } from "@/lib/http/private-download"

export const dynamic = "force-dynamic"

type Context = { params: Promise<{ id: string; n: string }> }

/**
 * GET /api/producer/returns/:id/photos/:n — a shopper's photo of one of the producer's returns,
 * from the Store API with the member's session (the API checks the return is this producer's: another's
 * is 404). Shown in the page, never cached, never at a public address.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id, n } = await params
  return privateDownload(
    `/store/producer/returns/${encodeURIComponent(id)}/photos/${encodeURIComponent(n)}`,
    "image/webp",
    undefined,
    "inline",
  )
}
