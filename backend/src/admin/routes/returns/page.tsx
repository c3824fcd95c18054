import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminReturnsListResponse, ReturnStatus } from "@ocop/core"
import { Pager } from "../../components/pager"
import { ReturnActions } from "../../components/returns/return-actions"
import { ReturnPhotos } from "../../components/returns/return-photos"
import { Empty } from "../../components/trade/facts"
import { OptionSelect } from "../../components/trade/option-select"
import { bankName } from "../../lib/core"
import { formatTime } from "../../lib/dates"
import { money } from "../../lib/money"
import { useGet } from "../../lib/use-get"

const PAGE = 50
const ALL = "all"
const STATUS: Record<ReturnStatus, { label: string; color: "green" | "orange" | "red" | "grey" | "blue" }> = {
  requested: { label: "Chờ quyết định", color: "orange" },
  accepted: { label: "Đã chấp nhận", color: "blue" },
  refused: { label: "Đã từ chối", color: "grey" },
  shipped_back: { label: "Đang gửi trả", color: "blue" },
  received: { label: "Đã nhận lại, chờ hoàn tiền", color: "red" },
  refunded: { label: "Đã hoàn tiền", color: "green" },
}
const METHOD = { cod: "Tiền mặt", vietqr: "VietQR", stripe: "Thẻ (Stripe)" }
const FILTERS: [string, string][] = [
  [ALL, "Mọi yêu cầu"],
  ...(Object.keys(STATUS) as ReturnStatus[]).map((s): [string, string] => [s, STATUS[s].label]),
]

/**
 * Shoppers' returns (docs/returns.md), newest first: officials decide the ones a producer has not,
 * and refund the received ones — a card through Stripe, a transfer they make to the account shown
 * here, recorded with the bank's reference (after which the account is erased).
 */
const ReturnsPage = () => {
  const [status, setStatus] = useState("received")
  const [page, setPage] = useState(0)
  const { data, reload } = useGet<AdminReturnsListResponse>(
    "/admin/return-requests",
    "Không tải được yêu cầu trả hàng",
    {
      status: status === ALL ? undefined : status,
      limit: PAGE,
      offset: page * PAGE,
    },
  )
  const rows = data?.returns
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Trả hàng</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Yêu cầu trả hàng của người mua; hàng đã nhận lại chờ hoàn tiền
          </Text>
        </div>
        <div className="w-56">
          <OptionSelect
            size="small"
            label="Lọc theo trạng thái"
            value={status}
            onChange={(v) => {
              setStatus(v)
              setPage(0)
            }}
            options={FILTERS}
          />
        </div>
      </div>
      {rows?.length === 0 && <Empty>Không có yêu cầu nào.</Empty>}
      {!!rows?.length && (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Đơn</Table.HeaderCell>
                <Table.HeaderCell>Nhà sản xuất</Table.HeaderCell>
                <Table.HeaderCell>Hàng trả, lý do</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tiền hoàn</Table.HeaderCell>
                <Table.HeaderCell>Hoàn về</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell>Việc cần làm</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.id} data-testid="return-row">
                  <Table.Cell>
                    <a href={`/app/orders/${r.order_id}`}>#{r.display_id}</a>
                    <br />
                    {formatTime(r.created_at)}
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">{r.producer}</Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {r.lines.map((l) => `${l.title} × ${l.quantity}`).join(", ")}
                    <br />
                    {r.reason}
                    {r.note ? `: ${r.note}` : ""}
                    <ReturnPhotos id={r.id} count={r.photos} order={r.display_id} />
                  </Table.Cell>
                  <Table.Cell className="text-right">{money(r.amount)}</Table.Cell>
                  <Table.Cell className="whitespace-normal">
                    {METHOD[r.payment_method]}
                    {r.refund_account && (
                      <>
                        <br />
                        {bankName(r.refund_account.bank_bin)} ·{" "}
                        <span className="font-mono">{r.refund_account.account_number}</span>
                        <br />
                        {r.refund_account.account_holder}
                      </>
                    )}
                    {r.refund_reference && <br />}
                    {r.refund_reference}
                    {r.stripe_refund_status && ` (${r.stripe_refund_status})`}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS[r.status].color}>
                      {STATUS[r.status].label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <ReturnActions row={r} onDone={reload} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager total={data?.count ?? 0} pageSize={PAGE} page={page} onPage={setPage} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Trả hàng", rank: 7 })

export default ReturnsPage
