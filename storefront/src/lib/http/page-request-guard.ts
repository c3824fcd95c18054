/** The methods a page answers: reading it, and posting a server action or a form to it. */
const PAGE_METHODS = ["GET", "HEAD", "POST"]

const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ message }, { status, headers })

/** The host the browser addressed: behind a proxy, the one it forwarded. */
function addressedHost(headers: Headers) {
  return (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase()
}

function originHost(origin: string) {
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return null
  }
}

/**
 * Refuses, with a message, page requests Next would mishandle: a method pages do not have (PUT,
 * DELETE …) is 405, and a server action posted from another site is 403 —
 * Next compares the `Origin` with the addressed host too, but throws, and logs, rather than answer.
 * Returns null for requests that may go on.
 */
export function guardPageRequest(request: Request): Response | null {
  if (!PAGE_METHODS.includes(request.method)) {
    return refuse(405, `${request.method} is not allowed here; pages answer GET, HEAD and POST`, {
      Allow: PAGE_METHODS.join(", "),
    })
  }
  const origin = request.headers.get("origin")
  if (request.method === "POST" && request.headers.has("next-action") && origin !== null) {
    if (originHost(origin) !== addressedHost(request.headers)) {
      return refuse(403, `A form of this shop may only be sent from the shop itself, not from ${origin.slice(0, 200)}`)
    }
  }
  return null
}
