import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type {
  AdminChangeRequestRow,
  AdminChangeRequestsResponse,
  AdminPriceChangesResponse,
  ProducerTextField,
} from "@ocop/core"
import { PhotoStrip } from "../../../components/photo-strip"
import { Empty } from "../../../components/trade/facts"
import { formatTime } from "../../../lib/dates"
import { money } from "../../../lib/money"
import { sdk } from "../../../lib/sdk"
import { useAction } from "../../../lib/use-action"
import { useGet } from "../../../lib/use-get"

const FIELD: Record<ProducerTextField, string> = {
  description: "Mô tả",
  description_en: "Mô tả (tiếng Anh)",
  subtitle: "Dòng giới thiệu",
  subtitle_en: "Dòng giới thiệu (tiếng Anh)",
}

/**
 * Producers' text and photo changes waiting for review (their product group is in review mode): each
 * with the product's current text and photos beside the proposed ones; accept (they go live) or
 * return with a note. Below, the producers' price changes (they apply at once, decision 031).
 */
const ChangeRequestsPage = () => {
  const { data, reload } = useGet<AdminChangeRequestsResponse>(
    "/admin/producers/change-requests",
    "Không tải được yêu cầu sửa nội dung",
  )
  const rows = data?.change_requests
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Yêu cầu sửa nội dung</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Nhóm sản phẩm ở chế độ duyệt (metadata của danh mục: producer_edits = review); giá và thông số áp dụng ngay,
          chỉ nội dung và ảnh chờ duyệt
        </Text>
      </div>
      {rows?.length === 0 && <Empty>Không có yêu cầu nào đang chờ.</Empty>}
      {rows?.map((r) => (
        <RequestRow key={r.id} request={r} onDone={reload} />
      ))}
      <PriceHistory />
    </Container>
  )
}

/** Producers' price changes, newest first: who changed which variant's price, from what, to what. */
const PriceHistory = () => {
  const { data } = useGet<AdminPriceChangesResponse>("/admin/producers/price-changes", "Không tải được lịch sử giá")
  const rows = data?.price_changes.slice(0, 50)
  return (
    <div className="py-4">
      <div className="px-6 pb-2">
        <Heading level="h2">Lịch sử giá</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Giá do nhà sản xuất đổi (áp dụng ngay), mới nhất trước
        </Text>
      </div>
      {rows?.length === 0 && <Empty>Chưa có thay đổi giá nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Giá cũ → mới</Table.HeaderCell>
              <Table.HeaderCell>Người đổi</Table.HeaderCell>
              <Table.HeaderCell>Lúc</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((h, i) => (
              <Table.Row key={`${h.variant_id}-${h.changed_at}-${i}`} data-testid="price-change">
                <Table.Cell className="whitespace-normal">
                  {h.product.title} · {h.variant_title}
                </Table.Cell>
                <Table.Cell>
                  {h.old_amount === null ? "—" : money(h.old_amount)} → {money(h.new_amount)}
                </Table.Cell>
                <Table.Cell className="break-all whitespace-normal">{h.changed_by}</Table.Cell>
                <Table.Cell>{formatTime(h.changed_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

const RequestRow = ({ request, onDone }: { request: AdminChangeRequestRow; onDone: () => void }) => {
  const [note, setNote] = useState("")
  const { busy, run } = useAction()
  const answer = async (action: "accept" | "return") => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/producers/change-requests/${request.id}/${action}`, {
        method: "POST",
        body: action === "return" ? { note: note.trim() } : {},
      })
      return action === "accept" ? "Đã duyệt: nội dung hiển thị ngay" : "Đã trả lại kèm ghi chú"
    })
    if (done) onDone()
  }
  return (
    <div className="space-y-3 px-6 py-4" data-testid="change-request">
      <div>
        <Text weight="plus">{request.product.title}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {request.requested_by} · {formatTime(request.requested_at)}
        </Text>
      </div>
      {(Object.keys(request.proposed).filter((f) => f !== "gallery") as ProducerTextField[]).map((f) => (
        <div key={f} className="grid gap-2 md:grid-cols-2">
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {FIELD[f]} — hiện tại
            </Text>
            <Text size="small" className="whitespace-pre-wrap">
              {request.current[f] || "—"}
            </Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {FIELD[f]} — đề nghị
            </Text>
            <Text size="small" className="whitespace-pre-wrap">
              {request.proposed[f] || "—"}
            </Text>
          </div>
        </div>
      ))}
      {request.proposed.gallery && (
        <div className="grid gap-2 md:grid-cols-2">
          <PhotoStrip label="Ảnh — hiện tại" photos={request.current.gallery} />
          <PhotoStrip label="Ảnh — đề nghị" photos={request.proposed.gallery} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="small" disabled={busy} onClick={() => answer("accept")}>
          Duyệt
        </Button>
        <Input
          size="small"
          className="w-72"
          placeholder="Ghi chú khi trả lại (bắt buộc)"
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button size="small" variant="secondary" disabled={busy || !note.trim()} onClick={() => answer("return")}>
          Trả lại
        </Button>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Yêu cầu sửa nội dung" })

export default ChangeRequestsPage
