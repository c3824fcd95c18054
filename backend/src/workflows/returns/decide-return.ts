import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { moveReturnStep, ownReturnStep } from "./steps/move-return"
import { notifyReturnStep } from "./steps/notify-return"
import { requireCapturedStep } from "./steps/require-captured"
import { saveMedusaReturnStep } from "./steps/save-medusa-return"
import type { ReturnOwner } from "./steps/returns-of"

export type DecideReturnInput = ReturnOwner & { id: string; accept: boolean; note: string | null; by: string }

export const decideReturnWorkflowId = "decide-return-request"
/**
 * The producer (its own returns) or an official accepts or refuses a request, with a reason. The
 * decision is one conditional update: of a producer accepting while an official refuses, one wins
 * and the other is told 409. A refusal changes nothing of the order. An acceptance opens Medusa's
 * return for the lines (`beginReturnOrderWorkflow`, `requestItemReturnWorkflow`,
 * `confirmReturnRequestWorkflow`), received at the stock location the shipment left from, under the
 * lock order edits of that order take too (Medusa allows one open change per order).
 */
export const decideReturnWorkflow = createWorkflow(decideReturnWorkflowId, (input: DecideReturnInput) => {
  when({ input }, ({ input }) => input.accept).then(() => {
    const order = ownReturnStep(input)
    requireCapturedStep(
      transform({ order }, ({ order }) => ({ order_id: order.order_id, doing: "a return is accepted" })),
    )
  })
  const before = moveReturnStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      producer_id: input.producer_id,
      move: input.accept ? ("accept" as const) : ("refuse" as const),
      to: input.accept ? "accepted" : "refused",
      fields: { decided_at: new Date(), decided_by: input.by, decision_note: input.note },
    })),
  )
  when({ input }, ({ input }) => input.accept).then(() => {
    const lock = transform({ before }, ({ before }) => `producer-order-edit:${before.order_id}`)
    acquireLockStep({ key: lock, timeout: 15, ttl: 60 })
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ before, input }, ({ before, input }) => ({
        order_id: before.order_id,
        location_id: before.location_id ?? undefined,
        created_by: input.by,
        description: `Return request ${before.id}: ${before.reason}`,
      })),
    })
    const returnId = transform({ change }, ({ change }) => change.return_id as string)
    requestItemReturnWorkflow.runAsStep({
      input: transform({ before, returnId }, ({ before, returnId }) => ({
        return_id: returnId,
        items: (before.lines ?? []).map((l) => ({ id: l.item_id, quantity: l.quantity, description: before.reason })),
      })),
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.by })),
    })
    saveMedusaReturnStep(
      transform({ input, returnId }, ({ input, returnId }) => ({ id: input.id, return_id: returnId })),
    )
    releaseLockStep({ key: lock })
  })
  notifyReturnStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      news: input.accept ? ("accepted" as const) : ("refused" as const),
    })),
  )
  return new WorkflowResponse(before)
})
