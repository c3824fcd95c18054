import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminReviewView, AdminReviewsResponse, ReviewStatus } from "@ocop/core"
import { PhotoStrip } from "../../components/photo-strip"
import { Empty } from "../../components/trade/facts"
import { formatTime } from "../../lib/dates"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"
import { useGet } from "../../lib/use-get"

const STATUS: Record<ReviewStatus, string> = { pending: "Chờ duyệt", approved: "Đã đăng", rejected: "Không đăng" }

/**
 * Buyers' reviews waiting for moderation, oldest first: approve (shown at once on the product's page)
 * or reject with a reason (the buyer reads it). The decided ones can be looked back at. The text is
 * shown as written, never as markup.
 */
const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus>("pending")
  const { data, reload } = useGet<AdminReviewsResponse>("/admin/reviews", "Không tải được đánh giá", { status })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Đánh giá của người mua</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chỉ người đã nhận hàng mới đánh giá được; đánh giá chỉ hiển thị sau khi được duyệt
          </Text>
        </div>
        <Select value={status} onValueChange={(v) => setStatus(v as ReviewStatus)}>
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(STATUS) as ReviewStatus[]).map((s) => (
              <Select.Item key={s} value={s}>
                {STATUS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {data?.reviews.length === 0 && <Empty>Không có đánh giá nào.</Empty>}
      {data?.reviews.map((r) => (
        <ReviewRow key={r.id} review={r} onDone={reload} />
      ))}
    </Container>
  )
}

const ReviewRow = ({ review, onDone }: { review: AdminReviewView; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const { busy, run } = useAction()
  const decide = async (action: "approve" | "reject") => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/reviews/${review.id}/${action}`, {
        method: "POST",
        body: action === "reject" ? { reason: reason.trim() } : {},
      })
      return action === "approve" ? "Đã duyệt: đánh giá hiển thị ngay" : "Đã từ chối, người mua đọc được lý do"
    })
    if (done) onDone()
  }
  return (
    <div className="space-y-2 px-6 py-4" data-testid="admin-review">
      <div className="flex flex-wrap items-center gap-2">
        <Text weight="plus">{review.product_title}</Text>
        <Text>{"★".repeat(review.rating) + "☆".repeat(5 - review.rating)}</Text>
        <Badge size="2xsmall">{STATUS[review.status]}</Badge>
        {review.demo && <Badge size="2xsmall">Dữ liệu demo</Badge>}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {review.author ?? "Người mua"} · {formatTime(review.created_at)}
        {review.variant_title ? ` · ${review.variant_title}` : ""}
      </Text>
      <Text size="small" className="break-words whitespace-pre-wrap">
        {review.text}
      </Text>
      {review.photos.length > 0 && <PhotoStrip label="Ảnh của người mua" photos={review.photos} />}
      {review.rejection_reason && (
        <Text size="small" className="text-ui-fg-subtle">
          Lý do không đăng: {review.rejection_reason}
        </Text>
      )}
      {review.status === "pending" && (
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" disabled={busy} onClick={() => decide("approve")}>
            Duyệt
          </Button>
          <Input
            size="small"
            className="w-72"
            placeholder="Lý do không đăng (bắt buộc)"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            disabled={busy || reason.trim().length < 3}
            onClick={() => decide("reject")}
          >
            Từ chối
          </Button>
        </div>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Đánh giá", icon: ChatBubbleLeftRight })

export default ReviewsPage
