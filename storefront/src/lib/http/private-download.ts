import "server-only"
import { getAuthToken, storeError } from "@/lib/data/session"
import { sdk } from "@/lib/medusa"

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" }

/**
 * A private file of the Store API, streamed to the browser with the shopper's token: the token
 * lives in an httpOnly cookie, so a plain link cannot carry it to the backend itself. The file keeps
 * the API's type and name (`type` only stands in if the API sent none), and neither the browser nor
 * any cache on the way stores it. A refusal keeps the API's status. `disposition` is what the file is
 * given when the API names none: a download, or `inline` for a picture shown in the page.
 */
export async function privateDownload(
  path: string,
  type: string,
  query?: Record<string, string>,
  disposition: "attachment" | "inline" = "attachment",
) {
  const token = await getAuthToken()
  if (!token) return Response.json({ message: "log in to download this file" }, { status: 401, headers: PRIVATE })
  try {
    const upstream = await sdk.client.fetch<Response>(path, {
      query,
      // Not JSON: the client then hands back the raw response to stream on (a JSON file too: the
      // client parses whatever it asked for as JSON, so it asks for anything).
      headers: { authorization: `Bearer ${token}`, accept: type.includes("application/json") ? "*/*" : type },
      cache: "no-store",
    })
    return new Response(upstream.body, {
      headers: {
        ...PRIVATE,
        "Content-Type": upstream.headers.get("content-type") ?? type,
        "Content-Disposition": upstream.headers.get("content-disposition") ?? disposition,
      },
    })
  } catch (e) {
    const { status, message } = storeError(e)
    return Response.json({ message }, { status, headers: PRIVATE })
  }
}
