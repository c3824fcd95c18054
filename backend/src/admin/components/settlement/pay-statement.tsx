import { Button, Drawer, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminStatementView } from "@ocop/core"
import { money } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"
import { Field } from "../field"
import { Facts, Section } from "../trade/facts"
import { PayoutAccount } from "./payout-account"

type Props = { statement: AdminStatementView; onDone: () => void }

/**
 * Records the transfer that paid a statement, by the bank's reference. The server computes its
 * figures once more and freezes them; the reference's rules and a second payment's 409 come back as
 * its message.
 */
export const PayStatementDrawer = ({ statement, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [reference, setReference] = useState("")
  const { busy, run } = useAction()
  const pay = async () => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/producers/statements/${statement.id}/paid`, {
        method: "POST",
        body: { reference: reference.trim() },
      })
      return `Đã ghi nhận thanh toán cho ${statement.producer.name}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setReference("")
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="statement-pay">
          Ghi nhận đã trả
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{statement.producer.name}</Drawer.Title>
          <Drawer.Description>Bảng kê tháng {statement.month}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <Facts
            rows={[
              ["Thực trả", money(statement.net)],
              ["Tài khoản nhận", <PayoutAccount account={statement.payout_account} />],
            ]}
          />
          <Section title="Chuyển khoản">
            <Text size="small" className="text-ui-fg-subtle">
              Sau khi ghi nhận, số liệu bảng kê được tính lại lần cuối từ đơn hàng rồi giữ nguyên; bảng kê không còn
              trong tệp chuyển khoản.
            </Text>
            <Field id="statement-reference" label="Mã giao dịch của ngân hàng">
              <Input
                id="statement-reference"
                size="small"
                maxLength={60}
                placeholder="FT26001234567"
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            </Field>
          </Section>
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" disabled={busy || !reference.trim()} onClick={pay}>
            Ghi nhận đã trả
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
