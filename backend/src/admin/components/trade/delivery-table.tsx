import { Badge, Button, Table, Text } from "@medusajs/ui"
import type { AgreementView } from "@ocop/core"
import { formatDay } from "../../lib/dates"
import { count } from "../../lib/labels"
import { money } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"

type Props = { agreement: AgreementView; onChanged: () => void }

const STATUS = {
  pending: ["Chờ xác nhận", "orange"],
  confirmed: ["Đã xác nhận", "green"],
  disputed: ["Bị khiếu nại", "red"],
} as const

/** Still open to an official's confirmation: a pending or disputed delivery of a contract that counts. */
const settleable = (a: AgreementView, d: AgreementView["deliveries"][number]) =>
  d.status !== "confirmed" && ["contract", "in_delivery", "fulfilled"].includes(a.status)

/**
 * An agreement's deliveries with who recorded each and whether the other party confirmed it; an
 * official settles one the parties left pending or disputed. Over-deliveries are flagged.
 */
export const DeliveryTable = ({ agreement: a, onChanged }: Props) => {
  const { busy, run } = useAction()
  const confirm = async (id: string) => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/trade/agreements/${a.id}/deliveries/${id}/confirm`, {
        method: "POST",
        body: { answer: "confirm" },
      })
      return "Đã xác nhận đợt giao hàng"
    })
    if (done) onChanged()
  }
  if (a.deliveries.length === 0) return <Text size="small">Chưa có đợt giao hàng nào.</Text>
  return (
    <div className="-mx-6">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Ngày</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Số lượng</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Giá trị</Table.HeaderCell>
            <Table.HeaderCell>Xác nhận</Table.HeaderCell>
            <Table.HeaderCell>Nguồn</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {a.deliveries.map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>{formatDay(d.delivered_on)}</Table.Cell>
              <Table.Cell className="text-right">{count(d.quantity)}</Table.Cell>
              <Table.Cell className="text-right">{money(d.value)}</Table.Cell>
              <Table.Cell className="whitespace-normal">
                <div className="flex flex-wrap items-center gap-1">
                  <Badge size="2xsmall" color={STATUS[d.status][1]}>
                    {STATUS[d.status][0]}
                  </Badge>
                  {d.over_delivery && (
                    <Badge size="2xsmall" color="red">
                      Vượt giá trị
                    </Badge>
                  )}
                  {settleable(a, d) && (
                    <Button size="small" variant="secondary" onClick={() => confirm(d.id)} isLoading={busy}>
                      Xác nhận
                    </Button>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="whitespace-normal">
                {d.recorded_by === "buyer" ? "Bên mua ghi" : "Bên bán ghi"}
                {" · "}
                {d.order_id ? (
                  <a className="text-ui-fg-interactive" href={`/app/orders/${d.order_id}`}>
                    từ đơn hàng
                  </a>
                ) : (
                  "nhập trực tiếp"
                )}
                {d.note && <span className="text-ui-fg-subtle"> · {d.note}</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
