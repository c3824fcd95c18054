import { Badge, Table, Text } from "@medusajs/ui"
import { formatTime } from "../../lib/dates"
import type { AdminMeetingView } from "@ocop/core"
import { MEETING_STATUS_COLOR, MEETING_STATUS_LABEL, labelOf } from "../../lib/trade-labels"

type Props = { rows: AdminMeetingView[]; names: Map<string, string> }

/** The meetings asked for at the event, by slot; an accepted one holds a table. */
export const MeetingsTable = ({ rows, names }: Props) => {
  if (!rows.length) return <Text size="small">Chưa có lịch gặp nào.</Text>
  const name = (id: string) => names.get(id) ?? id
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Giờ gặp</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Bàn</Table.HeaderCell>
          <Table.HeaderCell>Bên đề nghị</Table.HeaderCell>
          <Table.HeaderCell>Bên được mời</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell>Lời nhắn</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((m) => (
          <Table.Row key={m.id}>
            <Table.Cell>{formatTime(m.slot_start)}</Table.Cell>
            <Table.Cell className="text-right">{m.table_no ?? "—"}</Table.Cell>
            <Table.Cell className="whitespace-normal">{name(m.requester_id)}</Table.Cell>
            <Table.Cell className="whitespace-normal">{name(m.counterpart_id)}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={MEETING_STATUS_COLOR[m.status] ?? "grey"}>
                {labelOf(MEETING_STATUS_LABEL, m.status)}
              </Badge>
            </Table.Cell>
            <Table.Cell className="whitespace-normal">{m.message || "—"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
