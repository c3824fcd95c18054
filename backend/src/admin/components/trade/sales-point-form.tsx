import { Button, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { useState, type ChangeEvent } from "react"
import { sdk } from "../../lib/sdk"
import { SLUG, slugify } from "../../lib/text"
import { SALES_POINT_TYPES } from "../../lib/core"
import type { HttpTypes } from "@medusajs/framework/types"
import type { SalesPointType, SalesPointView } from "@ocop/core"
import { SALES_POINT_TYPE_LABEL } from "../../lib/trade-labels"
import { useAction } from "../../lib/use-action"
import { useGet } from "../../lib/use-get"
import { Field } from "../field"
import { OptionSelect } from "./option-select"

type Props = {
  point?: SalesPointView
  /** Stock locations that already are sales points: a location is one point at most. */
  taken: string[]
  onDone: () => void
}

const TYPES = SALES_POINT_TYPES.map((t): [string, string] => [t, SALES_POINT_TYPE_LABEL[t]])

const formOf = (p?: SalesPointView) => ({
  stock_location_id: p?.stock_location_id ?? "",
  key: p?.key ?? "",
  type: (p?.type ?? "administrative_centre") as SalesPointType,
  commune_code: p?.commune_code ?? "",
  latitude: p?.latitude?.toString() ?? "",
  longitude: p?.longitude?.toString() ?? "",
  opening_hours: p?.opening_hours ?? "",
  operator: p?.operator ?? "",
  tours: (p?.tours ?? []).join("\n"),
})
type Form = ReturnType<typeof formOf>

/** Empty, or a number within the bounds (a coordinate). */
const coordinate = (value: string, bound: number) =>
  value.trim() === "" || (Number.isFinite(Number(value)) && Math.abs(Number(value)) <= bound)
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value))

/** Makes one of Medusa's stock locations an OCOP sales point, or edits what the programme knows of it. */
export const SalesPointForm = ({ point, taken, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => formOf(point))
  // A new point's key follows the location's name until the official types one.
  const [keyTyped, setKeyTyped] = useState(!!point)
  const { busy, run } = useAction()
  const { data } = useGet<HttpTypes.AdminStockLocationListResponse>(
    open ? "/admin/stock-locations" : null,
    "Không tải được danh sách vị trí kho",
    { limit: 500, order: "name" },
  )
  const locations = (data?.stock_locations ?? []).filter(
    (l) => l.id === form.stock_location_id || !taken.includes(l.id),
  )
  const set = (key: keyof Form) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
  const pickLocation = (id: string) => {
    const name = locations.find((l) => l.id === id)?.name ?? ""
    setForm((f) => ({ ...f, stock_location_id: id, ...(keyTyped ? {} : { key: slugify(name) }) }))
  }
  const openDrawer = (next: boolean) => {
    if (next) {
      setForm(formOf(point))
      setKeyTyped(!!point)
    }
    setOpen(next)
  }

  const valid =
    !!form.stock_location_id &&
    SLUG.test(form.key) &&
    /^\d{1,6}$/.test(form.commune_code) &&
    coordinate(form.latitude, 90) &&
    coordinate(form.longitude, 180)

  const submit = async () => {
    const done = await run(async () => {
      // The API saves the whole record: emptied optional fields are cleared with null.
      await sdk.client.fetch(point ? `/admin/trade/sales-points/${point.id}` : "/admin/trade/sales-points", {
        method: "POST",
        body: {
          stock_location_id: form.stock_location_id,
          key: form.key,
          type: form.type,
          commune_code: form.commune_code,
          latitude: numberOrNull(form.latitude),
          longitude: numberOrNull(form.longitude),
          opening_hours: form.opening_hours.trim() || null,
          operator: form.operator.trim() || null,
          tours: form.tours
            .split("\n")
            .map((t) => t.trim())
            .filter(Boolean),
        },
      })
      const name = locations.find((l) => l.id === form.stock_location_id)?.name ?? form.key
      return point ? `Đã lưu điểm bán ${name}` : `${name} đã là điểm bán OCOP`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={point ? "transparent" : "secondary"}>
          {point ? "Sửa" : "Thêm điểm bán"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{point ? point.name : "Điểm giới thiệu và bán sản phẩm OCOP mới"}</Drawer.Title>
          <Drawer.Description>
            Tên, địa chỉ, tồn kho và nhận hàng tại điểm thuộc vị trí kho của Medusa, quản lý trong Cài đặt → Vị trí &
            Vận chuyển.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field id="point-location" label="Vị trí kho (Medusa)">
            <OptionSelect
              id="point-location"
              value={form.stock_location_id}
              onChange={pickLocation}
              options={locations.map((l): [string, string] => [
                l.id,
                l.address?.address_1 ? `${l.name} · ${l.address.address_1}` : l.name,
              ])}
              placeholder={data ? "Chọn vị trí kho" : "Đang tải…"}
            />
            {data && locations.length === 0 && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                Mọi vị trí kho đều đã là điểm bán: hãy tạo vị trí mới trong Cài đặt → Vị trí & Vận chuyển.
              </Text>
            )}
          </Field>
          <Field id="point-key" label="Mã điểm bán (key)">
            <Input
              id="point-key"
              value={form.key}
              onChange={(e) => {
                setKeyTyped(true)
                set("key")(e)
              }}
              placeholder="cho-dong-ha"
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              Dùng trong địa chỉ trang của điểm bán: chữ thường không dấu và số, nối bằng dấu gạch ngang.
            </Text>
          </Field>
          <Field id="point-type" label="Loại điểm bán">
            <OptionSelect
              id="point-type"
              value={form.type}
              onChange={(v) => setForm((f) => ({ ...f, type: v as SalesPointType }))}
              options={TYPES}
            />
          </Field>
          <Field id="point-commune" label="Mã xã/phường">
            <Input id="point-commune" inputMode="numeric" value={form.commune_code} onChange={set("commune_code")} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="point-lat" label="Vĩ độ (không bắt buộc)">
              <Input id="point-lat" inputMode="decimal" value={form.latitude} onChange={set("latitude")} />
            </Field>
            <Field id="point-lng" label="Kinh độ (không bắt buộc)">
              <Input id="point-lng" inputMode="decimal" value={form.longitude} onChange={set("longitude")} />
            </Field>
          </div>
          <Field id="point-hours" label="Giờ mở cửa (không bắt buộc)">
            <Input
              id="point-hours"
              maxLength={200}
              value={form.opening_hours}
              onChange={set("opening_hours")}
              placeholder="7:00–21:00 hằng ngày"
            />
          </Field>
          <Field id="point-operator" label="Đơn vị vận hành (không bắt buộc)">
            <Input id="point-operator" maxLength={200} value={form.operator} onChange={set("operator")} />
          </Field>
          <Field id="point-tours" label="Tour, lễ hội ghé điểm (mỗi dòng một tên)">
            <Textarea id="point-tours" rows={3} value={form.tours} onChange={set("tours")} />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={busy} disabled={!valid}>
            {point ? "Lưu" : "Thêm điểm bán"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
