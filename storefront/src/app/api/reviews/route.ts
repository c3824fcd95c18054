import { REVIEW_LIMITS, type MyReviewResponse } from "@ocop/core"
import { forwardUpload } from "@/lib/http/forward-upload"
import { sameOrigin } from "@/lib/http/same-origin"
import { verifiedSession } from "@/lib/http/verified-session"
import { reviewProblem } from "@/modules/reviews/refusal"

export const dynamic = "force-dynamic"

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string, query: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(query)}` } })

/**
 * POST /api/reviews?locale= — the account's review form (multipart: the line, stars, text and up to
 * three photos), streamed on to the Store API (`forwardUpload`), whose checks (a real image, 10 MB a
 * photo, 25 MB a review) are the only ones. It answers the plain form with a redirect back to the
 * page, saying what happened as a message key.
 */
export async function POST(request: Request) {
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  const page = `/${locale}/account/reviews`
  if (!sameOrigin(request)) return Response.json({ message: "cross-site review refused" }, { status: 403 })
  const session = await verifiedSession()
  if (!session.ok) return back(page, { problem: "signedOut" })
  if (Number(request.headers.get("content-length") ?? 0) > REVIEW_LIMITS.uploadBytes)
    return back(page, { problem: "tooLarge" })
  const { ok, status, answer } = await forwardUpload<MyReviewResponse>(request, "/store/ocop/me/reviews", session.token)
  if (ok) return back(page, { done: "sent" })
  return back(page, { problem: reviewProblem({ status, message: answer.message ?? "" }) })
}
