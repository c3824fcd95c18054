import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminReviewView, AdminReviewsResponse, Moderated, ReviewStatus } from "@ocop/core"
import { PhotoStrip } from "../../components/photo-strip"
import { Empty } from "../../components/trade/facts"
import { formatTime } from "../../lib/dates"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"
import { useGet } from "../../lib/use-get"

const STATUS: Record<ReviewStatus, string> = { pending: "Chờ duyệt", approved: "Đã đăng", rejected: "Không đăng" }
const WHAT: Record<Moderated, string> = { review: "Đánh giá", reply: "Trả lời của nhà sản xuất" }

/**
 * Buyers' reviews, and producers' replies under them, waiting for moderation, oldest first: approve
 * (shown at once on the product's page) or reject with a reason (the buyer, or the producer, reads
 * it). The decided ones can be looked back at. Texts are shown as written, never as markup.
 */
const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus>("pending")
  const [what, setWhat] = useState<Moderated>("review")
  const { data, reload } = useGet<AdminReviewsResponse>("/admin/reviews", "Không tải được đánh giá", {
    what,
    status,
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Đánh giá của người mua</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chỉ người đã nhận hàng mới đánh giá được; đánh giá chỉ hiển thị sau khi được duyệt
          </Text>
        </div>
        <div className="flex gap-2">
          <Select value={what} onValueChange={(v) => setWhat(v as Moderated)}>
            <Select.Trigger className="w-56" data-testid="admin-review-what">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(WHAT) as Moderated[]).map((w) => (
                <Select.Item key={w} value={w}>
                  {WHAT[w]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
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
      </div>
      {data?.reviews.length === 0 && <Empty>Không có đánh giá nào.</Empty>}
      {data?.reviews.map((r) => (
        <ReviewRow key={r.id} review={r} what={what} onDone={reload} />
      ))}
    </Container>
  )
}

const ReviewRow = ({ review, what, onDone }: { review: AdminReviewView; what: Moderated; onDone: () => void }) => {
  const reply = review.reply_state
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
      {what === "review" && review.status === "pending" && (
        <Decision
          path={`/admin/reviews/${review.id}`}
          approved="Đã duyệt: đánh giá hiển thị ngay"
          rejected="Đã từ chối, người mua đọc được lý do"
          onDone={onDone}
        />
      )}
      {reply && (
        <div className="ml-4 space-y-1 border-l pl-4" data-testid="admin-review-reply">
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small" weight="plus">
              Trả lời của nhà sản xuất
            </Text>
            <Badge size="2xsmall">{STATUS[reply.status]}</Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatTime(reply.replied_at)} · lần gửi {reply.attempts}
            </Text>
          </div>
          <Text size="small" className="break-words whitespace-pre-wrap">
            {reply.text}
          </Text>
          {reply.rejection_reason && (
            <Text size="small" className="text-ui-fg-subtle">
              Lý do không đăng: {reply.rejection_reason}
            </Text>
          )}
          {what === "reply" && reply.status === "pending" && (
            <Decision
              path={`/admin/reviews/${review.id}/reply`}
              approved="Đã duyệt: câu trả lời hiển thị ngay"
              rejected="Đã từ chối, nhà sản xuất đọc được lý do"
              onDone={onDone}
            />
          )}
        </div>
      )}
    </div>
  )
}

/** Approve, or reject with a reason: the same decision for a review and for a producer's reply. */
const Decision = (props: { path: string; approved: string; rejected: string; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const { busy, run } = useAction()
  const decide = async (action: "approve" | "reject") => {
    const done = await run(async () => {
      await sdk.client.fetch(`${props.path}/${action}`, {
        method: "POST",
        body: action === "reject" ? { reason: reason.trim() } : {},
      })
      return action === "approve" ? props.approved : props.rejected
    })
    if (done) props.onDone()
  }
  return (
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
  )
}

export const config = defineRouteConfig({ label: "Đánh giá", icon: ChatBubbleLeftRight })

export default ReviewsPage
