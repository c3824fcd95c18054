import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { BusinessReview } from "../../../components/trade/business-review"
import { Empty } from "../../../components/trade/facts"
import { OptionSelect } from "../../../components/trade/option-select"
import { formatTime } from "../../../lib/dates"
import { useOcopSubjects } from "../../../lib/ocop-subjects"
import type { AdminBusinessList } from "@ocop/core"
import { BUSINESS_STATUSES } from "../../../lib/core"
import { BUSINESS_STATUS_COLOR, BUSINESS_STATUS_LABEL, BUSINESS_TYPE_LABEL, labelOf } from "../../../lib/trade-labels"
import { useGet } from "../../../lib/use-get"

const ALL = "all"
const FILTERS: [string, string][] = [
  [ALL, "Mọi trạng thái"],
  ...BUSINESS_STATUSES.map((s): [string, string] => [s, BUSINESS_STATUS_LABEL[s]]),
]

/** Business accounts of the trade portal, those awaiting verification first (the API orders them). */
const TradeBusinessesPage = () => {
  const [status, setStatus] = useState(ALL)
  const { data, reload } = useGet<AdminBusinessList>(
    "/admin/trade/businesses",
    "Không tải được danh sách doanh nghiệp",
    {
      status: status === ALL ? undefined : status,
    },
  )
  // Producers are verified against the OCOP registry; the catalogue also names their subjects.
  const subjects = useOcopSubjects()
  const subjectName = (id: string | null) => (id ? (subjects?.find((s) => s.id === id)?.name ?? id) : "—")
  const rows = data?.businesses

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Doanh nghiệp</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Tài khoản doanh nghiệp chờ xác minh trước khi chào hàng, đặt lịch gặp và ký thỏa thuận
          </Text>
        </div>
        <div className="w-48">
          <OptionSelect
            size="small"
            label="Lọc theo trạng thái"
            value={status}
            onChange={setStatus}
            options={FILTERS}
          />
        </div>
      </div>
      {rows?.length === 0 && <Empty>Không có doanh nghiệp nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Doanh nghiệp</Table.HeaderCell>
              <Table.HeaderCell>Mã số thuế</Table.HeaderCell>
              <Table.HeaderCell>Loại hình</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể OCOP</Table.HeaderCell>
              <Table.HeaderCell>Đăng ký</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((b) => (
              <Table.Row key={b.id} data-testid="trade-business-row">
                <Table.Cell className="whitespace-normal">{b.company_name}</Table.Cell>
                <Table.Cell className="font-mono">
                  {b.tax_code}
                  {b.tax_code_claims.length > 0 && (
                    <Badge size="2xsmall" color="orange" className="ml-2">
                      {b.tax_code_claims.length} hồ sơ khác
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{labelOf(BUSINESS_TYPE_LABEL, b.type)}</Table.Cell>
                <Table.Cell className="whitespace-normal">{subjectName(b.subject_id)}</Table.Cell>
                <Table.Cell>{formatTime(b.created_at)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={BUSINESS_STATUS_COLOR[b.status] ?? "grey"}>
                    {labelOf(BUSINESS_STATUS_LABEL, b.status)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <BusinessReview business={b} subjects={subjects} onDone={reload} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Doanh nghiệp", rank: 1 })

export default TradeBusinessesPage
