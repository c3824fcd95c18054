import { getAuthToken, storeError } from "@/lib/data/session"
import { sdk } from "@/lib/medusa"

export const dynamic = "force-dynamic"

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" }

type Context = { params: Promise<{ id: string; doc: string }> }

/**
 * GET /api/trade/agreements/:id/documents/:doc — an agreement's PDF, streamed from the Store API
 * with the customer's token (the API serves it to the parties only). Private files: never stored
 * by the browser or any cache on the way.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id, doc } = await params
  const token = await getAuthToken()
  if (!token)
    return Response.json({ message: "log in to download agreement documents" }, { status: 401, headers: PRIVATE })
  try {
    const upstream = await sdk.client.fetch<Response>(
      `/store/trade/me/agreements/${encodeURIComponent(id)}/documents/${encodeURIComponent(doc)}`,
      // Not JSON: the client then hands back the raw response to stream on.
      { headers: { authorization: `Bearer ${token}`, accept: "application/pdf" }, cache: "no-store" },
    )
    return new Response(upstream.body, {
      headers: {
        ...PRIVATE,
        "Content-Type": "application/pdf",
        "Content-Disposition": upstream.headers.get("content-disposition") ?? "attachment",
      },
    })
  } catch (e) {
    const { status, message } = storeError(e)
    return Response.json({ message }, { status, headers: PRIVATE })
  }
}
