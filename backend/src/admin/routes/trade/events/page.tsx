import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { EventDetail } from "../../../components/trade/event-detail"
import { EventForm } from "../../../components/trade/event-form"
import { Empty } from "../../../components/trade/facts"
import { formatDay } from "../../../lib/dates"
import { count } from "../../../lib/labels"
import type { AdminTradeEventList } from "@ocop/core"
import { EVENT_KIND_LABEL, labelOf } from "../../../lib/trade-labels"
import { useGet } from "../../../lib/use-get"

/** Fairs, supply–demand conferences, trade delegations and festivals, latest first. */
const TradeEventsPage = () => {
  const { data, reload } = useGet<AdminTradeEventList>("/admin/trade/events", "Không tải được danh sách sự kiện")
  const rows = data?.events

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Sự kiện xúc tiến thương mại</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hội chợ, hội nghị kết nối cung cầu, đoàn xúc tiến và lễ hội; đơn vị trưng bày và lịch gặp
          </Text>
        </div>
        <EventForm onDone={reload} />
      </div>
      {rows?.length === 0 && <Empty>Chưa có sự kiện nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sự kiện</Table.HeaderCell>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Thời gian</Table.HeaderCell>
              <Table.HeaderCell>Địa điểm</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Trưng bày</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Người mua</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell className="whitespace-normal">{e.name}</Table.Cell>
                <Table.Cell>{labelOf(EVENT_KIND_LABEL, e.kind)}</Table.Cell>
                <Table.Cell>
                  {formatDay(e.starts_on)} – {formatDay(e.ends_on)}
                </Table.Cell>
                <Table.Cell className="whitespace-normal">{e.venue}</Table.Cell>
                <Table.Cell className="text-right">{count(e.exhibitors_count)}</Table.Cell>
                <Table.Cell className="text-right">{count(e.buyers_count)}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <EventForm event={e} onDone={reload} />
                    <EventDetail event={e} onChanged={reload} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sự kiện", rank: 2 })

export default TradeEventsPage
