import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { AgreementDetail } from "../../../components/trade/agreement-detail"
import { Empty } from "../../../components/trade/facts"
import { OptionSelect } from "../../../components/trade/option-select"
import { AGREEMENT_STATUSES } from "../../../lib/core"
import { formatDay } from "../../../lib/dates"
import { money } from "../../../lib/money"
import type { AgreementList } from "@ocop/core"
import {
  AGREEMENT_KIND_LABEL,
  AGREEMENT_STATUS_COLOR,
  AGREEMENT_STATUS_LABEL,
  labelOf,
} from "../../../lib/trade-labels"
import { useGet } from "../../../lib/use-get"

const ALL = "all"
const FILTERS: [string, string][] = [
  [ALL, "Mọi trạng thái"],
  ...AGREEMENT_STATUSES.map((s): [string, string] => [s, AGREEMENT_STATUS_LABEL[s]]),
]

/** Every MoU and contract between buyers and producers, newest first, with signed and realised value. */
const TradeAgreementsPage = () => {
  const [status, setStatus] = useState(ALL)
  const { data, reload } = useGet<AgreementList>("/admin/trade/agreements", "Không tải được danh sách thỏa thuận", {
    status: status === ALL ? undefined : status,
  })
  const rows = data?.agreements

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Thỏa thuận và hợp đồng</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Biên bản ghi nhớ và hợp đồng giữa người mua và chủ thể OCOP; giá trị thực hiện theo các đợt giao hàng
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
      {rows?.length === 0 && <Empty>Không có thỏa thuận nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Bên mua</Table.HeaderCell>
              <Table.HeaderCell>Bên bán</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Ngày ký</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Giá trị</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Đã thực hiện</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{labelOf(AGREEMENT_KIND_LABEL, a.kind)}</Table.Cell>
                <Table.Cell className="whitespace-normal">{a.buyer.company_name ?? a.buyer.id}</Table.Cell>
                <Table.Cell className="whitespace-normal">{a.seller.company_name ?? a.seller.id}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={AGREEMENT_STATUS_COLOR[a.status] ?? "grey"}>
                    {labelOf(AGREEMENT_STATUS_LABEL, a.status)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{a.signed_on ? formatDay(a.signed_on) : "—"}</Table.Cell>
                <Table.Cell className="text-right">{money(a.value)}</Table.Cell>
                <Table.Cell className="text-right">
                  {money(a.realised)}
                  {a.over_delivered && (
                    <Badge size="2xsmall" color="red" className="ml-2">
                      Vượt giá trị
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <AgreementDetail agreement={a} onChanged={reload} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Thỏa thuận", rank: 4 })

export default TradeAgreementsPage
