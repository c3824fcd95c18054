import { Badge, Table, Text } from "@medusajs/ui"
import type { AdminStatementView } from "@ocop/core"
import { formatTime } from "../../lib/dates"
import { money } from "../../lib/money"
import { PayStatementDrawer } from "./pay-statement"
import { PayoutAccount } from "./payout-account"

type Props = { statements: AdminStatementView[]; onPaid: () => void }

/** Sales by how the shopper paid, the methods that sold anything only. */
const SalesByMethod = ({ s }: { s: AdminStatementView }) => {
  const methods: [string, number][] = [
    ["Tiền mặt", s.sales_cod],
    ["VietQR", s.sales_vietqr],
    ["Thẻ", s.sales_stripe],
  ]
  const sold = methods.filter(([, amount]) => amount > 0)
  return (
    <div className="flex flex-col whitespace-nowrap">
      <Text size="small">{money(s.sales)}</Text>
      {sold.map(([method, amount]) => (
        <Text key={method} size="xsmall" className="text-ui-fg-subtle">
          {method}: {money(amount)}
        </Text>
      ))}
    </div>
  )
}

/** A month's statements, largest payout first: figures, state, where the money goes, and paying one. */
export const StatementsTable = ({ statements, onPaid }: Props) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Nhà sản xuất</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Đơn</Table.HeaderCell>
        <Table.HeaderCell>Doanh thu</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Phí giao hàng</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Phí sàn</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Hoàn tiền</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Thực trả</Table.HeaderCell>
        <Table.HeaderCell>Trạng thái</Table.HeaderCell>
        <Table.HeaderCell>Tài khoản nhận</Table.HeaderCell>
        <Table.HeaderCell />
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {statements.map((s) => (
        <Table.Row key={s.id} data-testid="statement-row">
          <Table.Cell className="whitespace-normal">{s.producer.name}</Table.Cell>
          <Table.Cell className="text-right">{s.orders}</Table.Cell>
          <Table.Cell className="py-2">
            <SalesByMethod s={s} />
          </Table.Cell>
          <Table.Cell className="text-right">{money(s.delivery_fees)}</Table.Cell>
          <Table.Cell className="text-right">{money(s.fee)}</Table.Cell>
          <Table.Cell className="text-right">{money(s.refunds_on_sales)}</Table.Cell>
          <Table.Cell className="text-right" data-testid="statement-net">
            <Text size="small" weight="plus">
              {money(s.net)}
            </Text>
          </Table.Cell>
          <Table.Cell className="py-2" data-testid="statement-status">
            <Badge size="2xsmall" color={s.status === "paid" ? "green" : "blue"}>
              {s.status === "paid" ? "Đã trả" : "Chưa trả"}
            </Badge>
            {s.paid_reference && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {s.paid_reference} · {formatTime(s.paid_at)}
              </Text>
            )}
          </Table.Cell>
          <Table.Cell className="py-2">
            <PayoutAccount account={s.payout_account} />
          </Table.Cell>
          <Table.Cell className="text-right">
            {s.status === "open" && s.net > 0 && <PayStatementDrawer statement={s} onDone={onPaid} />}
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
