import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeVietnamesePhone } from "@ocop/core"
import { ORDER_LOOKUP_TTL_S } from "../../../../../access/order-token"
import { sendGrant } from "../grant"
import type { StoreOrderAccessLookupType } from "../validators"

/** An e-mail as a literal for `ilike`: its `%` and `_` match only themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * "Find my order": the order number with the e-mail or phone it was placed with. Both go into the
 * query, and an unknown number and a wrong e-mail get the same answer, so the route tells nobody
 * which numbers exist or whose they are.
 */
export async function POST(req: MedusaRequest<StoreOrderAccessLookupType>, res: MedusaResponse) {
  const { display_id, email, phone } = req.validatedBody
  const contact: Record<string, unknown> = {}
  if (email !== undefined) contact.email = { $ilike: literal(email) }
  else {
    const normalized = normalizeVietnamesePhone(phone ?? "")
    if (!normalized.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, `phone: ${normalized.reason}`)
    contact.shipping_address = { phone: normalized.e164 }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    // Medusa types the number as text in filters; PostgreSQL compares it with the integer column.
    filters: { display_id: String(display_id), is_draft_order: false, ...contact },
  })
  if (data.length !== 1)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order with this number and e-mail or phone")
  sendGrant(res, data[0].id as string, ORDER_LOOKUP_TTL_S)
}
