import { Button, Drawer, Input, Text } from "@medusajs/ui"
import { useState, type ChangeEvent } from "react"
import { MAX_SERIALS } from "../lib/api"
import { vnDay } from "../lib/dates"
import { count } from "../lib/labels"
import { sdk } from "../lib/sdk"
import { useAction } from "../lib/use-action"
import { Field } from "./field"

type Props = { productId: string; onDone: () => void }

const EMPTY = { code: "", produced_on: "", expires_on: "", quantity: "", origin: "", serials: "" }
const isPositiveInt = (value: string) => Number.isInteger(Number(value)) && Number(value) > 0

/** A new production lot of the product, optionally with unit serials for its labels at once. */
export const NewLot = ({ productId, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const { busy, run } = useAction()
  const set = (key: keyof typeof EMPTY) => (e: ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
  const openDrawer = (next: boolean) => {
    // A fresh form each time, dated today on Vietnam's calendar.
    if (next) setForm({ ...EMPTY, produced_on: vnDay() })
    setOpen(next)
  }

  const valid =
    form.code.trim() !== "" &&
    form.produced_on !== "" &&
    isPositiveInt(form.quantity) &&
    (form.serials === "" || form.serials === "0" || isPositiveInt(form.serials))

  const submit = async () => {
    const done = await run(async () => {
      const body = {
        product_id: productId,
        code: form.code.trim(),
        produced_on: form.produced_on,
        expires_on: form.expires_on || undefined,
        quantity: Number(form.quantity),
        origin: form.origin.trim() || undefined,
        serials: form.serials ? Number(form.serials) : undefined,
      }
      const res = await sdk.client.fetch<{ serials_issued: number }>("/admin/traceability/lots", {
        method: "POST",
        body,
      })
      const issued = res.serials_issued ? `, đã cấp ${count(res.serials_issued)} serial` : ""
      return `Đã thêm lô ${body.code}${issued}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Thêm lô
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm lô sản xuất</Drawer.Title>
          <Drawer.Description>Tem truy xuất in mã lô, ngày sản xuất và hạn sử dụng.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field id="lot-code" label="Mã lô">
            <Input id="lot-code" value={form.code} onChange={set("code")} maxLength={20} placeholder="L2026-01" />
            <Text size="xsmall" className="text-ui-fg-subtle">
              In trên tem và trong mã QR: tối đa 20 ký tự, chữ không dấu, số và - . / _
            </Text>
          </Field>
          <Field id="lot-produced" label="Ngày sản xuất">
            <Input id="lot-produced" type="date" value={form.produced_on} onChange={set("produced_on")} />
          </Field>
          <Field id="lot-expires" label="Hạn sử dụng (không bắt buộc)">
            <Input
              id="lot-expires"
              type="date"
              value={form.expires_on}
              min={form.produced_on || undefined}
              onChange={set("expires_on")}
            />
          </Field>
          <Field id="lot-quantity" label="Số lượng (đơn vị)">
            <Input id="lot-quantity" type="number" min={1} step={1} value={form.quantity} onChange={set("quantity")} />
          </Field>
          <Field id="lot-origin" label="Nguồn nguyên liệu (không bắt buộc)">
            <Input
              id="lot-origin"
              value={form.origin}
              onChange={set("origin")}
              maxLength={500}
              placeholder="Vùng trồng, hợp tác xã…"
            />
          </Field>
          <Field id="lot-serials" label="Số serial cấp ngay (để in tem)">
            <Input
              id="lot-serials"
              type="number"
              min={0}
              max={MAX_SERIALS}
              step={1}
              value={form.serials}
              onChange={set("serials")}
              placeholder="0"
            />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={busy} disabled={!valid}>
            Thêm lô
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
