import { sameOrigin } from "@/lib/http/same-origin"
import { storeCall, storeError } from "@/lib/data/session"
import { safeNextPath, signInPath } from "@/lib/next-path"
import { reviewProblem } from "@/modules/reviews/refusal"

export const dynamic = "force-dynamic"

/**
 * POST /api/reviews/helpful — "helpful" under a review (a plain form: `review_id`, `locale`, `back`).
 * A signed-in shopper's vote is sent with its token; a visitor who is not signed in is sent to sign
 * in and brought back. Answers with a redirect back to the reviews, saying what happened.
 */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return Response.json({ message: "cross-site vote refused" }, { status: 403 })
  const form = await request.formData().catch(() => null)
  const locale = form?.get("locale") === "en" ? "en" : "vi"
  const page = safeNextPath(form?.get("back")) ?? `/${locale}`
  const to = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: `${page}${page.includes("?") ? "&" : "?"}${query}#reviews` },
    })
  const reviewId = String(form?.get("review_id") ?? "").slice(0, 100)
  try {
    await storeCall("/store/ocop/me/review-votes", { method: "POST", body: { review_id: reviewId } })
    return to("done=voted")
  } catch (e) {
    const refusal = storeError(e)
    if (refusal.status === 401)
      return new Response(null, { status: 303, headers: { Location: signInPath(locale, page) } })
    return to(`problem=${reviewProblem(refusal)}`)
  }
}
