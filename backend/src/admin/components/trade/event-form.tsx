import { Button, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { useState, type ChangeEvent } from "react"
import { vnDay } from "../../lib/dates"
import { sdk } from "../../lib/sdk"
import { SLUG, slugify } from "../../lib/text"
import { TRADE_EVENT_KINDS } from "../../lib/core"
import type { AdminTradeEventView, TradeEventKind } from "@ocop/core"
import { EVENT_KIND_LABEL } from "../../lib/trade-labels"
import { useAction } from "../../lib/use-action"
import { Field } from "../field"
import { OptionSelect } from "./option-select"

type Props = { event?: AdminTradeEventView; onDone: () => void }

const KINDS = TRADE_EVENT_KINDS.map((k): [string, string] => [k, EVENT_KIND_LABEL[k]])

const formOf = (e?: AdminTradeEventView) => ({
  handle: e?.handle ?? "",
  kind: (e?.kind ?? "fair") as TradeEventKind,
  name: e?.name ?? "",
  name_en: e?.name_en ?? "",
  starts_on: e?.starts_on ?? vnDay(),
  ends_on: e?.ends_on ?? vnDay(),
  venue: e?.venue ?? "",
  organiser: e?.organiser ?? "",
  commune_code: e?.commune_code ?? "",
  description: e?.description ?? "",
  meeting_from: e?.meeting_from ?? "08:00",
  meeting_to: e?.meeting_to ?? "17:00",
  slot_minutes: String(e?.slot_minutes ?? 30),
  tables: String(e?.tables ?? 0),
})
type Form = ReturnType<typeof formOf>

const intIn = (value: string, min: number, max: number) =>
  Number.isInteger(Number(value)) && value !== "" && Number(value) >= min && Number(value) <= max

/**
 * Creates or edits a fair, conference, delegation or festival. Buyers book meetings in slots of
 * the daily meeting hours at one of the tables; no tables means the event takes no meetings.
 */
export const EventForm = ({ event, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => formOf(event))
  // A new event's handle follows its name until the official types one.
  const [handleTyped, setHandleTyped] = useState(!!event)
  const { busy, run } = useAction()
  const set = (key: keyof Form) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = e.target.value
    setForm((f) => ({ ...f, [key]: value, ...(key === "name" && !handleTyped ? { handle: slugify(value) } : {}) }))
  }
  const openDrawer = (next: boolean) => {
    if (next) {
      setForm(formOf(event))
      setHandleTyped(!!event)
    }
    setOpen(next)
  }

  const valid =
    SLUG.test(form.handle) &&
    [form.name, form.venue, form.organiser].every((v) => v.trim()) &&
    !!form.starts_on &&
    form.ends_on >= form.starts_on &&
    (form.commune_code === "" || /^\d{1,6}$/.test(form.commune_code)) &&
    intIn(form.slot_minutes, 5, 240) &&
    intIn(form.tables, 0, 500)

  const submit = async () => {
    const done = await run(async () => {
      // The API saves the whole event; an emptied optional field is cleared with null. The
      // programme is left out, so an edit keeps the one already published.
      const body = {
        handle: form.handle,
        kind: form.kind,
        name: form.name.trim(),
        name_en: form.name_en.trim() || null,
        starts_on: form.starts_on,
        ends_on: form.ends_on,
        venue: form.venue.trim(),
        organiser: form.organiser.trim(),
        commune_code: form.commune_code.trim() || null,
        description: form.description.trim() || null,
        meeting_from: form.meeting_from,
        meeting_to: form.meeting_to,
        slot_minutes: Number(form.slot_minutes),
        tables: Number(form.tables),
      }
      await sdk.client.fetch(event ? `/admin/trade/events/${event.id}` : "/admin/trade/events", {
        method: "POST",
        body,
      })
      return event ? `Đã lưu ${body.name}` : `Đã tạo ${body.name}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={event ? "transparent" : "secondary"}>
          {event ? "Sửa" : "Tạo sự kiện"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{event ? event.name : "Sự kiện xúc tiến thương mại mới"}</Drawer.Title>
          <Drawer.Description>Ngày theo lịch Việt Nam; giờ gặp gỡ theo giờ Việt Nam.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field id="event-kind" label="Loại sự kiện">
            <OptionSelect
              id="event-kind"
              value={form.kind}
              onChange={(v) => setForm((f) => ({ ...f, kind: v as TradeEventKind }))}
              options={KINDS}
            />
          </Field>
          <Field id="event-name" label="Tên sự kiện">
            <Input id="event-name" maxLength={300} value={form.name} onChange={set("name")} />
          </Field>
          <Field id="event-name-en" label="Tên tiếng Anh (không bắt buộc)">
            <Input id="event-name-en" maxLength={300} value={form.name_en} onChange={set("name_en")} />
          </Field>
          <Field id="event-handle" label="Đường dẫn (handle)">
            <Input
              id="event-handle"
              value={form.handle}
              onChange={(e) => {
                setHandleTyped(true)
                set("handle")(e)
              }}
              placeholder="hoi-cho-ocop-2026"
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              Dùng trong địa chỉ trang công khai của sự kiện: chữ thường không dấu và số, nối bằng dấu gạch ngang.
            </Text>
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="event-starts" label="Từ ngày">
              <Input id="event-starts" type="date" value={form.starts_on} onChange={set("starts_on")} />
            </Field>
            <Field id="event-ends" label="Đến ngày">
              <Input
                id="event-ends"
                type="date"
                min={form.starts_on || undefined}
                value={form.ends_on}
                onChange={set("ends_on")}
              />
            </Field>
          </div>
          <Field id="event-venue" label="Địa điểm">
            <Input id="event-venue" maxLength={300} value={form.venue} onChange={set("venue")} />
          </Field>
          <Field id="event-commune" label="Mã xã/phường (không bắt buộc)">
            <Input id="event-commune" inputMode="numeric" value={form.commune_code} onChange={set("commune_code")} />
          </Field>
          <Field id="event-organiser" label="Đơn vị tổ chức">
            <Input id="event-organiser" maxLength={300} value={form.organiser} onChange={set("organiser")} />
          </Field>
          <Field id="event-description" label="Mô tả (không bắt buộc)">
            <Textarea
              id="event-description"
              rows={4}
              maxLength={5000}
              value={form.description}
              onChange={set("description")}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="event-meeting-from" label="Gặp gỡ từ (giờ)">
              <Input id="event-meeting-from" type="time" value={form.meeting_from} onChange={set("meeting_from")} />
            </Field>
            <Field id="event-meeting-to" label="Đến (giờ)">
              <Input id="event-meeting-to" type="time" value={form.meeting_to} onChange={set("meeting_to")} />
            </Field>
            <Field id="event-slot" label="Mỗi lượt gặp (phút)">
              <Input
                id="event-slot"
                type="number"
                min={5}
                max={240}
                step={5}
                value={form.slot_minutes}
                onChange={set("slot_minutes")}
              />
            </Field>
            <Field id="event-tables" label="Số bàn gặp gỡ">
              <Input
                id="event-tables"
                type="number"
                min={0}
                max={500}
                step={1}
                value={form.tables}
                onChange={set("tables")}
              />
            </Field>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Không có bàn nào thì sự kiện không nhận đặt lịch gặp.
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={busy} disabled={!valid}>
            {event ? "Lưu" : "Tạo sự kiện"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
