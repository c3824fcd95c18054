import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { CounterfeitReportList } from "@ocop/core"
import { CounterfeitReportDrawer } from "../../../components/counterfeit-report-detail"
import { Pager } from "../../../components/pager"
import { Empty } from "../../../components/trade/facts"
import { OptionSelect } from "../../../components/trade/option-select"
import { REPORT_STATUSES } from "../../../lib/core"
import { formatTime } from "../../../lib/dates"
import { REPORT_REASON_LABEL, REPORT_STATUS_COLOR, REPORT_STATUS_LABEL } from "../../../lib/report-labels"
import { labelOf } from "../../../lib/trade-labels"
import { useGet } from "../../../lib/use-get"

const PAGE = 50
const ALL = "all"
const FILTERS: [string, string][] = [
  [ALL, "Mọi trạng thái"],
  ...REPORT_STATUSES.map((s): [string, string] => [s, REPORT_STATUS_LABEL[s]]),
]

/** Visitors' reports of suspected counterfeits from the scan page, newest first. */
const CounterfeitReportsPage = () => {
  const [status, setStatus] = useState<string>("new")
  const [page, setPage] = useState(0)
  const { data, reload } = useGet<CounterfeitReportList>(
    "/admin/traceability/reports",
    "Không tải được báo cáo hàng giả",
    { status: status === ALL ? undefined : status, limit: PAGE, offset: page * PAGE },
  )
  const filter = (next: string) => {
    setStatus(next)
    setPage(0)
  }
  const rows = data?.reports

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Báo cáo nghi hàng giả</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Người mua gửi từ trang quét mã QR, không cần tài khoản; mới nhất ở trên cùng
          </Text>
        </div>
        <div className="w-48">
          <OptionSelect size="small" label="Lọc theo trạng thái" value={status} onChange={filter} options={FILTERS} />
        </div>
      </div>
      {rows?.length === 0 && <Empty>Không có báo cáo nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Gửi lúc</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Mã quét</Table.HeaderCell>
              <Table.HeaderCell>Lý do</Table.HeaderCell>
              <Table.HeaderCell>Ảnh</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="report-row">
                <Table.Cell>{formatTime(r.created_at)}</Table.Cell>
                <Table.Cell className="whitespace-normal">{r.product?.title ?? r.product_id}</Table.Cell>
                <Table.Cell className="font-mono break-all whitespace-normal">{r.code_path}</Table.Cell>
                <Table.Cell className="whitespace-normal">{labelOf(REPORT_REASON_LABEL, r.reason)}</Table.Cell>
                <Table.Cell>{r.photo_url ? "Có" : "—"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={REPORT_STATUS_COLOR[r.status] ?? "grey"}>
                    {labelOf(REPORT_STATUS_LABEL, r.status)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <CounterfeitReportDrawer report={r} onDone={reload} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager total={data.count} pageSize={PAGE} page={page} onPage={setPage} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Báo cáo hàng giả" })

export default CounterfeitReportsPage
