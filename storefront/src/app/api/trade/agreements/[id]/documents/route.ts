import { storeError } from "@/lib/data/session"
import { BodyTooLargeError, readLimited } from "@/lib/http/read-limited"
import { sameOrigin } from "@/lib/http/same-origin"
import { verifiedSession } from "@/lib/http/verified-session"
import { sdk } from "@/lib/medusa"

export const dynamic = "force-dynamic"

/** The Store API's limit for one document (docs/trade.md). */
const DOCUMENT_MB = 10
/** The document plus room for the multipart framing: nothing larger is read into memory. */
const MAX_BODY = (DOCUMENT_MB + 1) * 1024 * 1024

type Context = { params: Promise<{ id: string }> }

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string, query: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(query)}` } })

/**
 * POST /api/trade/agreements/:id/documents?locale= — the agreement page's upload form (multipart
 * `file`), passed on to the Store API with the customer's token. A route handler rather than a
 * server action: actions take 1 MB bodies, and a scanned contract may be up to the API's 10 MB.
 * It answers the plain form with a redirect back to the page, carrying the API's verdict (its own
 * 413 and 415 messages included). The session is checked with the backend before the body is
 * read, and the body is read with a cap, whatever length it declares.
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  const page = `/${locale}/account/business/agreements/${encodeURIComponent(id)}`
  if (!sameOrigin(request)) return Response.json({ message: "cross-site upload refused" }, { status: 403 })
  const session = await verifiedSession()
  if (!session.ok) return Response.json({ message: session.message }, { status: session.status })

  let form: FormData
  try {
    const bytes = await readLimited(request, MAX_BODY)
    const type = request.headers.get("content-type") ?? ""
    form = await new Response(bytes, { headers: { "content-type": type } }).formData()
  } catch (e) {
    if (e instanceof BodyTooLargeError) return back(page, { upload_status: "413" })
    // An unreadable form goes on without a file; the API says what it expected.
    form = new FormData()
  }
  const body = new FormData()
  const file = form.get("file")
  if (file instanceof File && file.size > 0) body.append("file", file, file.name)
  try {
    await sdk.client.fetch(`/store/trade/me/agreements/${encodeURIComponent(id)}/documents`, {
      method: "POST",
      body,
      // Let fetch write the multipart boundary itself.
      headers: { authorization: `Bearer ${session.token}`, "content-type": null },
      cache: "no-store",
    })
  } catch (e) {
    // The status is enough for the page's own message; the API's English text stays out of the address.
    return back(page, { upload_status: String(storeError(e).status) })
  }
  return back(page, { uploaded: "1" })
}
