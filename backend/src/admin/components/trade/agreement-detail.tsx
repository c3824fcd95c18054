import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Drawer, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { FINAL_AGREEMENT_STATUSES } from "../../lib/core"
import { formatDay, formatTime } from "../../lib/dates"
import { download } from "../../lib/download"
import { count } from "../../lib/labels"
import { money } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import type { AgreementView } from "@ocop/core"
import { AGREEMENT_KIND_LABEL, AGREEMENT_STATUS_COLOR, AGREEMENT_STATUS_LABEL, labelOf } from "../../lib/trade-labels"
import { useAction } from "../../lib/use-action"
import { DeliveryTable } from "./delivery-table"
import { Facts, Section } from "./facts"

type Props = { agreement: AgreementView; onChanged: () => void }

const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1).replace(".", ",")} MB` : `${count(Math.ceil(bytes / 1024))} KB`

const party = (p: AgreementView["buyer"]) => p.company_name ?? p.id

/**
 * One MoU or contract: its lines, deliveries (an official may confirm one the parties left open) and
 * PDFs; an official may cancel it until it is final.
 */
export const AgreementDetail = ({ agreement: a, onChanged }: Props) => {
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState<string | null>(null)
  const { busy, run } = useAction()
  const prompt = usePrompt()
  const cancellable = !FINAL_AGREEMENT_STATUSES.includes(a.status)

  const save = async (doc: AgreementView["documents"][number]) => {
    setSaving(doc.id)
    try {
      await download(`/admin/trade/agreements/${a.id}/documents/${doc.id}`, "application/pdf", doc.filename)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSaving(null)
    }
  }
  const cancel = async () => {
    const confirmed = await prompt({
      title: `Huỷ ${labelOf(AGREEMENT_KIND_LABEL, a.kind).toLowerCase()} này?`,
      description: `${party(a.buyer)} và ${party(a.seller)} sẽ không ký tiếp hay ghi nhận giao hàng được nữa. Không thể hoàn tác.`,
      confirmText: "Huỷ thỏa thuận",
      cancelText: "Không",
    })
    if (!confirmed) return
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/trade/agreements/${a.id}/cancel`, { method: "POST" })
      return "Đã huỷ thỏa thuận"
    })
    if (done) onChanged()
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          Chi tiết
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {labelOf(AGREEMENT_KIND_LABEL, a.kind)}: {party(a.buyer)} – {party(a.seller)}
          </Drawer.Title>
          <Drawer.Description>
            Hiệu lực {formatDay(a.term_start)} – {formatDay(a.term_end)}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <Facts
            rows={[
              [
                "Trạng thái",
                <Badge size="2xsmall" color={AGREEMENT_STATUS_COLOR[a.status] ?? "grey"}>
                  {labelOf(AGREEMENT_STATUS_LABEL, a.status)}
                </Badge>,
              ],
              ["Bên mua", party(a.buyer)],
              ["Bên bán", party(a.seller)],
              ["Giá trị", money(a.value)],
              ["Đã thực hiện (đã xác nhận)", money(a.realised)],
              ["Chờ xác nhận", a.pending_value ? money(a.pending_value) : null],
              ["Vượt giá trị", a.over_delivered ? "Có: giá trị đã giao vượt giá trị thỏa thuận" : null],
              ["Bên mua ký", a.buyer_signed_at ? formatTime(a.buyer_signed_at) : "Chưa ký"],
              ["Bên bán ký", a.seller_signed_at ? formatTime(a.seller_signed_at) : "Chưa ký"],
              ["Ngày ký kết", a.signed_on ? formatDay(a.signed_on) : null],
            ]}
          />
          <Section title="Sản phẩm">
            <div className="-mx-6">
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Số lượng</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Đơn giá</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Thành tiền</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {a.lines.map((l) => (
                    <Table.Row key={l.product_id}>
                      <Table.Cell className="whitespace-normal">{l.title}</Table.Cell>
                      <Table.Cell className="text-right">{count(l.quantity)}</Table.Cell>
                      <Table.Cell className="text-right">{money(l.unit_price)}</Table.Cell>
                      <Table.Cell className="text-right">{money(l.quantity * l.unit_price)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </Section>
          <Section title={`Giao hàng (${count(a.deliveries.length)})`}>
            <DeliveryTable agreement={a} onChanged={onChanged} />
          </Section>
          <Section title={`Tài liệu (${count(a.documents.length)})`}>
            {a.documents.length === 0 && <Text size="small">Chưa có tài liệu nào.</Text>}
            {a.documents.map((d) => (
              <div key={d.id} className="flex items-center justify-between gap-x-3">
                <div className="min-w-0">
                  <Text size="small" className="truncate">
                    {d.filename}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {size(d.size)} · {formatTime(d.created_at)}
                  </Text>
                </div>
                <Button size="small" variant="secondary" onClick={() => save(d)} isLoading={saving === d.id}>
                  <ArrowDownTray />
                  Tải PDF
                </Button>
              </div>
            ))}
          </Section>
        </Drawer.Body>
        {cancellable && (
          <Drawer.Footer>
            <Button variant="danger" onClick={cancel} isLoading={busy}>
              Huỷ thỏa thuận
            </Button>
          </Drawer.Footer>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
