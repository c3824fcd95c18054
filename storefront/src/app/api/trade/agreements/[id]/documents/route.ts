import { getAuthToken, storeError } from "@/lib/data/session"
import { sdk } from "@/lib/medusa"

export const dynamic = "force-dynamic"

/** Well above the API's limit, so its 413 is what people see; only a runaway body is stopped here. */
const MAX_BODY = 25 * 1024 * 1024

type Context = { params: Promise<{ id: string }> }

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string, query: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(query)}` } })

/** Same check as server actions make: a cross-site form must not post with the visitor's cookie. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * POST /api/trade/agreements/:id/documents?locale= — the agreement page's upload form (multipart
 * `file`), passed on to the Store API with the customer's token. A route handler rather than a
 * server action: actions take 1 MB bodies, and a scanned contract may be up to the API's 10 MB.
 * It answers the plain form with a redirect back to the page, carrying the API's verdict (its own
 * 413 and 415 messages included).
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  const page = `/${locale}/account/business/agreements/${encodeURIComponent(id)}`
  if (!sameOrigin(request)) return Response.json({ message: "cross-site upload refused" }, { status: 403 })
  const token = await getAuthToken()
  if (!token) return back(`/${locale}/account`, {})
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY)
    return back(page, { upload_status: "413", upload_error: `file is larger than ${MAX_BODY / 1024 / 1024} MB` })

  const body = new FormData()
  try {
    const file = (await request.formData()).get("file")
    if (file instanceof File && file.size > 0) body.append("file", file, file.name)
  } catch {
    // An unreadable form goes on without a file; the API says what it expected.
  }
  try {
    await sdk.client.fetch(`/store/trade/me/agreements/${encodeURIComponent(id)}/documents`, {
      method: "POST",
      body,
      // Let fetch write the multipart boundary itself.
      headers: { authorization: `Bearer ${token}`, "content-type": null },
      cache: "no-store",
    })
  } catch (e) {
    const { status, message } = storeError(e)
    return back(page, { upload_status: String(status), upload_error: message })
  }
  return back(page, { uploaded: "1" })
}
