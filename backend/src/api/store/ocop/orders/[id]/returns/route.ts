import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderReturnsResponse, ReturnResponse } from "@ocop/core"
import { oneReturn, orderReturns } from "../../../../../../read-models/returns/views"
import { returnPhotos } from "../../../../../../uploads/return-photos"
import { requestReturnWorkflow } from "../../../../../../workflows/returns/request-return"
import type { StoreRequestReturnType } from "./validators"

type Caller = { auth_context?: { actor_type?: string; actor_id?: string } }

/**
 * GET /store/ocop/orders/:id/returns — the order's returns and what may still be returned, with the
 * window. Behind the order-access guard: the order's customer, or a guest with its signed link.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json((await orderReturns(req.scope, req.params.id)) satisfies OrderReturnsResponse)
}

/**
 * POST /store/ocop/orders/:id/returns — the shopper asks to return lines of a delivered shipment
 * (JSON, or a form with up to three photos). 400 outside the window or for more than was delivered.
 */
export async function POST(req: MedusaRequest<StoreRequestReturnType> & Caller, res: MedusaResponse) {
  const body = req.validatedBody
  const photos = await returnPhotos(req)
  const actor = req.auth_context
  const { result } = await requestReturnWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      part_id: body.part_id,
      customer_id: actor?.actor_type === "customer" ? (actor.actor_id ?? null) : null,
      items: body.items,
      reason: body.reason,
      note: body.note || null,
      refund_account: body.refund_account ?? null,
      photos,
    },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(201).json({
    return: (await oneReturn(req.scope, result.id, { order_id: req.params.id }, false))!,
  } satisfies ReturnResponse)
}
