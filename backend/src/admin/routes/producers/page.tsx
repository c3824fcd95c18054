import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminProducerList } from "@ocop/core"
import { Pager } from "../../components/pager"
import { ProducerAccessDrawer } from "../../components/producer-access"
import { CatalogueHealthCell, OrderHealthCell } from "../../components/producer-health"
import { Empty } from "../../components/trade/facts"
import { OptionSelect } from "../../components/trade/option-select"
import { useGet } from "../../lib/use-get"

const ALL = "all"
const PAGE_SIZE = 20
const FILTERS: [string, string][] = [
  [ALL, "Mọi trạng thái"],
  ["active", "Đang hoạt động"],
  ["suspended", "Tạm ngừng"],
]

/**
 * Producers selling through the marketplace: each OCOP subject whose account an official verified,
 * with its access, members, owner and health — gaps in its catalogue, and how it shipped and
 * cancelled over 90 days; suspend (with a reason) or restore it here.
 */
const ProducersPage = () => {
  const [status, setStatus] = useState<string>(ALL)
  const [page, setPage] = useState(0)
  const { data, reload } = useGet<AdminProducerList>("/admin/producers", "Không tải được danh sách nhà sản xuất", {
    status: status === ALL ? undefined : status,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const rows = data?.producers
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <div className="mr-auto">
          <Heading level="h1">Nhà sản xuất</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chủ thể OCOP có tài khoản đã xác minh; chủ tài khoản mời nhân viên từ cửa hàng
          </Text>
        </div>
        <div className="w-48">
          <OptionSelect
            size="small"
            label="Lọc theo trạng thái"
            value={status}
            onChange={(next) => {
              setStatus(next)
              setPage(0)
            }}
            options={FILTERS}
          />
        </div>
      </div>
      {rows?.length === 0 && <Empty>Chưa có nhà sản xuất nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Thành viên</Table.HeaderCell>
              <Table.HeaderCell>Danh mục</Table.HeaderCell>
              <Table.HeaderCell>Đơn hàng 90 ngày</Table.HeaderCell>
              <Table.HeaderCell>Chủ tài khoản</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((p) => (
              <Table.Row key={p.id} data-testid="producer-row">
                <Table.Cell className="whitespace-normal">{p.subject_name}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={p.status === "suspended" ? "red" : "green"}>
                    {p.status === "suspended" ? "Tạm ngừng" : "Đang hoạt động"}
                  </Badge>
                  {p.suspension_reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">
                      {p.suspension_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{p.members_count}</Table.Cell>
                <Table.Cell className="py-2">
                  <CatalogueHealthCell health={p.health} />
                </Table.Cell>
                <Table.Cell className="py-2">
                  <OrderHealthCell health={p.health} />
                </Table.Cell>
                <Table.Cell className="break-all whitespace-normal">{p.owner_email ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <ProducerAccessDrawer producer={p} onDone={reload} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && <Pager total={data.count} pageSize={PAGE_SIZE} page={page} onPage={setPage} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Nhà sản xuất", icon: Buildings })

export default ProducersPage
