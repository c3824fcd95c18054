import { Table, Text } from "@medusajs/ui"
import { describeReasons } from "../lib/clone-reasons"
import { formatTime } from "../lib/dates"
import { count } from "../lib/labels"
import type { FlaggedSerialView } from "@ocop/core"

type Props = { rows: FlaggedSerialView[]; showLot?: boolean }

/** Serials flagged as likely copied labels, with the rule each one broke in words. */
export const FlaggedSerialsTable = ({ rows, showLot }: Props) => {
  if (rows.length === 0) {
    return (
      <Text size="small" className="px-6 py-4">
        Không có serial nào bị nghi sao chép.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Serial</Table.HeaderCell>
          {showLot && <Table.HeaderCell>Lô</Table.HeaderCell>}
          <Table.HeaderCell className="text-right">Lượt quét</Table.HeaderCell>
          <Table.HeaderCell>Lý do</Table.HeaderCell>
          <Table.HeaderCell>Gắn cờ lúc</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((s) => (
          <Table.Row key={s.id}>
            <Table.Cell className="font-mono">{s.serial}</Table.Cell>
            {showLot && (
              <Table.Cell>
                {s.lot ? (
                  // The lot's details live in the traceability widget of its product page.
                  <a className="text-ui-fg-interactive" href={`/app/products/${s.lot.product_id}`}>
                    {s.lot.code}
                  </a>
                ) : (
                  "—"
                )}
              </Table.Cell>
            )}
            <Table.Cell className="text-right">{count(s.scan_count)}</Table.Cell>
            <Table.Cell className="whitespace-normal">{describeReasons(s.clone_reasons)}</Table.Cell>
            <Table.Cell>{formatTime(s.flagged_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
