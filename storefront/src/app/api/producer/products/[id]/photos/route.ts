import { PRODUCER_PHOTO_LIMITS, type ProducerGalleryResponse } from "@ocop/core"
import { forwardUpload } from "@/lib/http/forward-upload"
import { sameOrigin } from "@/lib/http/same-origin"
import { verifiedSession } from "@/lib/http/verified-session"
import { galleryProblem } from "@/modules/producer/stall-refusal"

export const dynamic = "force-dynamic"

type Context = { params: Promise<{ id: string }> }

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string, query: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(query)}#upload` } })

/**
 * POST /api/producer/products/:id/photos?locale= — the photos page's upload form (multipart, up to
 * three files in `photos`), streamed on to the Store API (`forwardUpload`), whose limits (a body
 * declaring more than 25 MB refused unread, 10 MB a photo, a real image) are the only ones. It answers
 * the plain form with a redirect back to the page, carrying what happened as a message key (the API's
 * English stays here).
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  const page = `/${locale}/account/producer/products/${encodeURIComponent(id)}/photos`
  if (!sameOrigin(request)) return Response.json({ message: "cross-site upload refused" }, { status: 403 })
  const session = await verifiedSession()
  if (!session.ok) return back(page, { problem: "signedOut" })
  if (Number(request.headers.get("content-length") ?? 0) > PRODUCER_PHOTO_LIMITS.uploadBytes)
    return back(page, { problem: "tooLarge" })
  const { ok, status, answer } = await forwardUpload<ProducerGalleryResponse>(
    request,
    `/store/producer/products/${encodeURIComponent(id)}/photos`,
    session.token,
  )
  if (ok) return back(page, { done: answer.waiting ? "waiting" : "saved" })
  return back(page, { problem: galleryProblem({ status, message: answer.message ?? "" }) })
}
