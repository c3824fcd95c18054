import { REPORT_LIMITS } from "@ocop/core"
import { storeError } from "@/lib/data/session"
import { forwardedFor } from "@/lib/http/forwarded-for"
import { BodyTooLargeError, readLimited } from "@/lib/http/read-limited"
import { sameOrigin } from "@/lib/http/same-origin"
import { sdk } from "@/lib/medusa"
import { reportOutcome, reportReturnPath, type ReportOutcome } from "@/modules/trace/report"

export const dynamic = "force-dynamic"

/** The photo plus room for the form's short fields and framing: nothing larger is read into memory. */
const MAX_BODY = REPORT_LIMITS.photoBytes + 64 * 1024
/** The fields the Store API takes; anything else in the form stays here. */
const FIELDS = ["code", "s", "reason", "details", "place", "contact"] as const

/** A relative Location: the browser resolves it against the address it posted to, behind any proxy. */
const back = (path: string) => new Response(null, { status: 303, headers: { Location: path } })

/**
 * POST /api/trace/reports — the scan page's "report a suspected counterfeit" form (multipart, the
 * photo optional), passed on to the Store API with the visitor's address so that its per-address
 * limit counts each visitor. A route handler rather than a server action: actions take 1 MB bodies
 * and a phone's photo is larger. It answers the plain form (no JavaScript needed) with a redirect
 * back to the scan page, carrying only the outcome: what the visitor wrote never goes in an address.
 */
export async function POST(request: Request) {
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi"
  if (!sameOrigin(request)) return Response.json({ message: "cross-site report refused" }, { status: 403 })
  let form: FormData
  let outcome: ReportOutcome | null = null
  try {
    const bytes = await readLimited(request, MAX_BODY)
    form = await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData()
  } catch (e) {
    // Not a form at all (another content type, a broken multipart body): nothing to send back to.
    if (!(e instanceof BodyTooLargeError))
      return Response.json({ message: "a report is sent as a form (multipart/form-data)" }, { status: 400 })
    outcome = "tooLarge"
    // Without the form there is no code to go back to: the page's own address says where it was.
    form = new FormData()
    const from = new URL(request.headers.get("referer") ?? "/", request.url)
    form.set("code", from.pathname.replace(/^\/(vi|en)/, ""))
    form.set("s", from.searchParams.get("s") ?? "")
  }
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : ""
  }
  if (!outcome) {
    const body = new FormData()
    for (const name of FIELDS) if (text(name)) body.append(name, text(name))
    body.append("locale", locale)
    const photo = form.get("photo")
    if (photo instanceof File && photo.size > 0) body.append("photo", photo, photo.name)
    try {
      await sdk.client.fetch("/store/trace/reports", {
        method: "POST",
        body,
        // Let fetch write the multipart boundary itself.
        headers: { "content-type": null, ...(await forwardedFor()) },
        cache: "no-store",
      })
      outcome = "sent"
    } catch (e) {
      outcome = reportOutcome(storeError(e))
    }
  }
  return back(reportReturnPath(locale, text("code"), text("s"), outcome))
}
