import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { BankTransferList, BankTransferStatus } from "@ocop/core"
import { Empty } from "../../components/trade/facts"
import { OptionSelect } from "../../components/trade/option-select"
import { formatTime } from "../../lib/dates"
import { money } from "../../lib/money"
import { Pager } from "../../components/pager"
import { useGet } from "../../lib/use-get"

const PAGE = 50
const ALL = "all"

/** What each status asks of an official (docs/payments.md, "What officials see"). */
const STATUS: Record<BankTransferStatus, { label: string; color: "green" | "orange" | "red" | "grey"; todo: string }> =
  {
    already_paid: { label: "Đã thanh toán trước đó", color: "red", todo: "Hoàn tiền cho người chuyển" },
    underpaid: { label: "Chuyển thiếu", color: "orange", todo: "Đề nghị chuyển thêm hoặc hoàn tiền" },
    unmatched: { label: "Không khớp đơn", color: "orange", todo: "Đối chiếu nội dung chuyển khoản" },
    matched: { label: "Đã khớp đơn", color: "green", todo: "—" },
  }
const FILTERS: [string, string][] = [
  [ALL, "Mọi chuyển khoản"],
  ...(Object.keys(STATUS) as BankTransferStatus[]).map((s): [string, string] => [s, STATUS[s].label]),
]

/**
 * Every VietQR transfer the bank reported, newest first. Surplus, short and unmatched transfers are
 * recorded but capture nothing: this is where an official finds them to refund or match by hand.
 */
const BankTransfersPage = () => {
  const [status, setStatus] = useState("already_paid")
  const [page, setPage] = useState(0)
  const { data } = useGet<BankTransferList>("/admin/payments/bank-transfers", "Không tải được danh sách chuyển khoản", {
    status: status === ALL ? undefined : status,
    limit: PAGE,
    offset: page * PAGE,
  })
  const rows = data?.bank_transfers
  const total = data?.count ?? 0
  const filter = (value: string) => {
    setStatus(value)
    setPage(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Chuyển khoản VietQR</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Các khoản ngân hàng báo về; khoản thừa, thiếu hoặc không khớp đơn cần cán bộ xử lý
          </Text>
        </div>
        <div className="w-56">
          <OptionSelect size="small" label="Lọc theo trạng thái" value={status} onChange={filter} options={FILTERS} />
        </div>
      </div>
      {rows?.length === 0 && <Empty>Không có chuyển khoản nào.</Empty>}
      {!!rows?.length && (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Thời điểm</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Số tiền</Table.HeaderCell>
                <Table.HeaderCell>Mã tham chiếu</Table.HeaderCell>
                <Table.HeaderCell>Nội dung</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell>Việc cần làm</Table.HeaderCell>
                <Table.HeaderCell>Đơn hàng</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((t) => (
                <Table.Row key={t.id} data-testid="bank-transfer-row">
                  <Table.Cell>{formatTime(t.received_at)}</Table.Cell>
                  <Table.Cell className="text-right">{money(t.amount)}</Table.Cell>
                  <Table.Cell className="font-mono">{t.reference ?? "—"}</Table.Cell>
                  <Table.Cell className="whitespace-normal">{t.description}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS[t.status].color}>
                      {STATUS[t.status].label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">{STATUS[t.status].todo}</Table.Cell>
                  <Table.Cell>{t.order_id ? <a href={`/app/orders/${t.order_id}`}>Xem đơn</a> : "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager total={total} pageSize={PAGE} page={page} onPage={setPage} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chuyển khoản VietQR", rank: 6 })

export default BankTransfersPage
