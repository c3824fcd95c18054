import "server-only"

/**
 * Streams a plain form's multipart upload on to a Store API route with the shopper's token, as it
 * arrives: the storefront holds none of it, and the API's limits and checks (a real image, its size)
 * are the only ones. Upload forms post to route handlers rather than server actions, which take 1 MB
 * bodies. Returns the API's status and its JSON answer (empty when it sent none).
 */
export async function forwardUpload<T>(request: Request, path: string, token: string) {
  const backend = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const length = request.headers.get("content-length")
  const res = await fetch(`${backend}${path}`, {
    method: "POST",
    body: request.body,
    // A streamed body: sent as it is read, never buffered here.
    duplex: "half",
    headers: {
      "content-type": request.headers.get("content-type") ?? "",
      ...(length ? { "content-length": length } : {}),
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    },
    cache: "no-store",
  } as RequestInit)
  const answer = (await res.json().catch(() => ({}))) as Partial<T> & { message?: string }
  return { ok: res.ok, status: res.status, answer }
}
