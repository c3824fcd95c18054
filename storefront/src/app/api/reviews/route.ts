import { REVIEW_LIMITS, type MyReviewResponse } from "@ocop/core"
import { sameOrigin } from "@/lib/http/same-origin"
import { verifiedSession } from "@/lib/http/verified-session"
import { reviewProblem } from "@/modules/reviews/refusal"

export const dynamic = "force-dynamic"

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string, query: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(query)}` } })

/**
 * POST /api/reviews?locale= — the account's review form (multipart: the line, stars, text and up to
 * three photos), streamed on to the Store API with the shopper's token as it arrives: the storefront
 * holds none of it, and the API's limits and checks (a real image, 10 MB a photo, 25 MB a review) are
 * the only ones. A route handler rather than a server action: actions take 1 MB bodies. It answers
 * the plain form with a redirect back to the page, saying what happened as a message key.
 */
export async function POST(request: Request) {
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  const page = `/${locale}/account/reviews`
  if (!sameOrigin(request)) return Response.json({ message: "cross-site review refused" }, { status: 403 })
  const session = await verifiedSession()
  if (!session.ok) return back(page, { problem: "signedOut" })
  const length = request.headers.get("content-length")
  if (Number(length ?? 0) > REVIEW_LIMITS.uploadBytes) return back(page, { problem: "tooLarge" })
  const backend = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const res = await fetch(`${backend}/store/ocop/me/reviews`, {
    method: "POST",
    body: request.body,
    // A streamed body: sent as it is read, never buffered here.
    duplex: "half",
    headers: {
      "content-type": request.headers.get("content-type") ?? "",
      ...(length ? { "content-length": length } : {}),
      authorization: `Bearer ${session.token}`,
      "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    },
    cache: "no-store",
  } as RequestInit)
  const answer = (await res.json().catch(() => ({}))) as Partial<MyReviewResponse> & { message?: string }
  if (res.ok) return back(page, { done: "sent" })
  return back(page, { problem: reviewProblem({ status: res.status, message: answer.message ?? "" }) })
}
