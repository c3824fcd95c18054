import { CacheTags, verifyRevalidation } from "@ocop/core/revalidation"
import { revalidateTag } from "next/cache"
import { BodyTooLargeError, readLimited } from "@/lib/http/read-limited"
import { signedCallProblem } from "@/lib/http/signed-call"

/** A call names a few hundred tags at most; anything longer is not the backend's. */
const MAX_BODY = 256 * 1024

/**
 * POST /api/revalidate — the backend's signed call when listed products change (a revocation,
 * an expiry, a registry run, a product edit). Expires the named cache tags at once, so a product
 * that is no longer listed leaves cached catalogue and product pages on the next request.
 * The signature headers are checked before the body is read, and the body is read with a cap.
 */
export async function POST(request: Request) {
  if (!process.env.STOREFRONT_REVALIDATE_SECRET)
    return Response.json({ message: "revalidation is not configured" }, { status: 401 })
  const problem = signedCallProblem(request.headers)
  if (problem) return Response.json({ message: problem }, { status: 401 })
  let body: string
  try {
    body = new TextDecoder().decode(await readLimited(request, MAX_BODY))
  } catch (e) {
    if (e instanceof BodyTooLargeError) return Response.json({ message: "body too large" }, { status: 413 })
    return Response.json({ message: "body could not be read" }, { status: 400 })
  }
  const check = verifyRevalidation({
    secret: process.env.STOREFRONT_REVALIDATE_SECRET,
    body,
    timestamp: request.headers.get("x-ocop-timestamp"),
    signature: request.headers.get("x-ocop-signature"),
  })
  if (!check.ok) return Response.json({ message: check.reason }, { status: 401 })
  let tags: unknown
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags
  } catch {
    return Response.json({ message: "body is not JSON" }, { status: 400 })
  }
  const valid = (t: unknown): t is string =>
    typeof t === "string" &&
    (t === CacheTags.products || t === CacheTags.policies || /^product:[a-z0-9-]{1,200}$/.test(t))
  if (!Array.isArray(tags) || !tags.length || !tags.every(valid)) {
    return Response.json({ message: 'tags must be "products", "policies" or "product:<handle>"' }, { status: 400 })
  }
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags.length })
}
