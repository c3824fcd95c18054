import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import type { AdminReturnsListResponse } from "@ocop/core"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"

type Row = AdminReturnsListResponse["returns"][number]

/**
 * What an official may do with a return in its state: accept or refuse a request (with the reason the
 * shopper reads), mark the parcel received, record the bank transfer that refunded it (its
 * reference), or retry a card refund. The server's refusal (a producer acted first: 409) is shown.
 */
export const ReturnActions = ({ row, onDone }: { row: Row; onDone: () => void }) => {
  const [text, setText] = useState("")
  const { busy, run } = useAction()
  const act = (path: string, body: Record<string, string>, done: string) =>
    run(async () => {
      await sdk.client.fetch(`/admin/return-requests/${row.id}/${path}`, { method: "POST", body })
      setText("")
      onDone()
      return done
    })
  if (row.status === "requested")
    return (
      <div className="flex flex-col gap-2">
        <Input size="small" placeholder="Lý do (khi từ chối)" value={text} onChange={(e) => setText(e.target.value)} />
        <div className="flex gap-2">
          <Button size="small" disabled={busy} onClick={() => act("accept", {}, "Đã chấp nhận yêu cầu trả hàng")}>
            Chấp nhận
          </Button>
          <Button
            size="small"
            variant="danger"
            disabled={busy}
            onClick={() => act("refuse", { reason: text.trim() }, "Đã từ chối yêu cầu trả hàng")}
          >
            Từ chối
          </Button>
        </div>
      </div>
    )
  if (row.status === "accepted" || row.status === "shipped_back")
    return (
      <Button size="small" variant="secondary" disabled={busy} onClick={() => act("receive", {}, "Đã nhận lại hàng")}>
        Đã nhận lại hàng
      </Button>
    )
  if (row.status === "received" && row.payment_method === "stripe")
    return (
      <Button
        size="small"
        variant="secondary"
        disabled={busy}
        onClick={() => act("refund", {}, "Đã hoàn tiền qua Stripe")}
      >
        Hoàn tiền qua Stripe
      </Button>
    )
  if (row.status === "received")
    return (
      <div className="flex flex-col gap-2" data-testid="return-refund">
        <Input
          size="small"
          maxLength={60}
          placeholder="Mã giao dịch chuyển khoản"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          size="small"
          disabled={busy || !text.trim()}
          onClick={() => act("refund", { reference: text.trim() }, "Đã ghi nhận hoàn tiền")}
        >
          Ghi nhận đã hoàn tiền
        </Button>
      </div>
    )
  return null
}
