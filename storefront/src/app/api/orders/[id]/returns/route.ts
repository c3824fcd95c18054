import { RETURN_PHOTO_BYTES, RETURN_PHOTOS_MAX } from "@ocop/core"
import { orderActor } from "@/lib/data/returns"
import { storeError } from "@/lib/data/session"
import { BodyTooLargeError, readLimited } from "@/lib/http/read-limited"
import { sameOrigin } from "@/lib/http/same-origin"
import { sdk } from "@/lib/medusa"
import { orderPagePath, returnOutcome, type ReturnOutcome } from "@/modules/order/return-outcome"

export const dynamic = "force-dynamic"

/** Three photos plus room for the form's short fields and framing: nothing larger is read into memory. */
const MAX_BODY = RETURN_PHOTOS_MAX * RETURN_PHOTO_BYTES + 64 * 1024
const back = (path: string) => new Response(null, { status: 303, headers: { Location: path } })

/**
 * POST /api/orders/:id/returns — the order page's "return items" form (multipart, photos optional),
 * passed on to the Store API as the signed-in customer or with the guest's order link. A route
 * handler rather than a server action: actions take 1 MB bodies and a phone's photos are larger. It
 * answers the plain form (no JavaScript needed) with a redirect back to the order's page carrying
 * only the outcome.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const url = new URL(request.url)
  const locale = url.searchParams.get("locale") === "en" ? "en" : "vi"
  const access = url.searchParams.get("access") ?? ""
  if (!sameOrigin(request)) return Response.json({ message: "cross-site request refused" }, { status: 403 })
  let form: FormData
  try {
    const bytes = await readLimited(request, MAX_BODY)
    form = await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData()
  } catch (e) {
    if (e instanceof BodyTooLargeError) return back(orderPagePath(locale, id, access, "tooLarge"))
    return Response.json({ message: "a return request is sent as a form (multipart/form-data)" }, { status: 400 })
  }
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value.trim() : ""
  }
  // One quantity field per line (`qty:<line id>`); lines left at 0 stay with the shopper.
  const items = [...form.keys()]
    .filter((k) => k.startsWith("qty:"))
    .map((k) => ({ line_id: k.slice(4), quantity: Number(text(k) || 0) }))
    .filter((i) => i.quantity !== 0)
  const body = new FormData()
  body.append("part_id", text("part_id"))
  body.append("items", JSON.stringify(items))
  body.append("reason", text("reason"))
  if (text("note")) body.append("note", text("note"))
  if (text("bank_bin") || text("account_number") || text("account_holder"))
    body.append(
      "refund_account",
      JSON.stringify({
        bank_bin: text("bank_bin"),
        // Typed as the bank prints it, in groups: kept as its letters and digits.
        account_number: text("account_number").replace(/[\s.-]/g, ""),
        account_holder: text("account_holder"),
      }),
    )
  for (const photo of form.getAll("photos").slice(0, RETURN_PHOTOS_MAX))
    if (photo instanceof File && photo.size > 0) body.append("photos", photo, photo.name)
  let outcome: ReturnOutcome = "requested"
  try {
    await sdk.client.fetch(`/store/ocop/orders/${encodeURIComponent(id)}/returns`, {
      method: "POST",
      body,
      // Let fetch write the multipart boundary itself.
      headers: { "content-type": null, ...(await orderActor(access)) },
      cache: "no-store",
    })
  } catch (e) {
    outcome = returnOutcome(storeError(e))
  }
  return back(orderPagePath(locale, id, access, outcome))
}
