import { Badge, Button, Drawer, Table, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { CounterfeitReportDetail, CounterfeitReportView, ReportStatus, SerialScanView } from "@ocop/core"
import { describeReasons } from "../lib/clone-reasons"
import { formatTime } from "../lib/dates"
import { count, DEVICE_LABEL } from "../lib/labels"
import {
  REPORT_REASON_LABEL,
  REPORT_STATUS_COLOR,
  REPORT_STATUS_LABEL,
  SCAN_VERDICT_LABEL,
  TOKEN_STATE_LABEL,
} from "../lib/report-labels"
import { sdk } from "../lib/sdk"
import { labelOf } from "../lib/trade-labels"
import { useAction } from "../lib/use-action"
import { useGet } from "../lib/use-get"
import { Field } from "./field"
import { Facts, Section } from "./trade/facts"

type Props = { report: CounterfeitReportView; onDone: () => void }

/** Where a scan was, as coarse as it is stored (0.1°), with the country when the CDN named it. */
const place = (s: SerialScanView) =>
  s.lat === null || s.lon === null ? (s.country ?? "—") : `${s.lat}, ${s.lon}${s.country ? ` (${s.country})` : ""}`

const ScanHistory = ({ scans }: { scans: SerialScanView[] }) =>
  scans.length ? (
    <Table data-testid="report-scans">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Lúc</Table.HeaderCell>
          <Table.HeaderCell>Nơi (khoảng 11 km)</Table.HeaderCell>
          <Table.HeaderCell>Thiết bị</Table.HeaderCell>
          <Table.HeaderCell>Kết quả</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {scans.map((s, i) => (
          <Table.Row key={`${s.scanned_at}-${i}`}>
            <Table.Cell>{formatTime(s.scanned_at)}</Table.Cell>
            <Table.Cell>{place(s)}</Table.Cell>
            <Table.Cell>{DEVICE_LABEL[s.device] ?? s.device}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={s.verdict === "resolved" ? "green" : "red"}>
                {SCAN_VERDICT_LABEL[s.verdict] ?? s.verdict}
              </Badge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small">Serial này chưa được quét lần nào.</Text>
  )

/**
 * One visitor's report: what they saw, the photo, and when it names a registered serial, that
 * serial's scans and clone flags (was the package scanned elsewhere before?). An official takes it
 * up, then closes it with a note; closing erases the visitor's contact.
 */
export const CounterfeitReportDrawer = ({ report, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const { busy, run } = useAction()
  const { data } = useGet<CounterfeitReportDetail>(
    open ? `/admin/traceability/reports/${report.id}` : null,
    "Không tải được báo cáo",
  )
  const openDrawer = (next: boolean) => {
    if (next) setNote(report.official_note ?? "")
    setOpen(next)
  }
  const move = async (status: ReportStatus) => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/traceability/reports/${report.id}`, {
        method: "POST",
        body: { status, note: note.trim() || null },
      })
      return `Báo cáo: ${REPORT_STATUS_LABEL[status].toLowerCase()}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }
  const serial = data?.serial
  const product = report.product?.title ?? report.product_id

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={report.status === "new" ? "secondary" : "transparent"}>
          {report.status === "new" ? "Xem xét" : "Chi tiết"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Báo cáo nghi hàng giả: {product}</Drawer.Title>
          <Drawer.Description className="break-all">{report.code_path}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <Facts
            rows={[
              [
                "Trạng thái",
                <Badge size="2xsmall" color={REPORT_STATUS_COLOR[report.status] ?? "grey"}>
                  {labelOf(REPORT_STATUS_LABEL, report.status)}
                </Badge>,
              ],
              ["Gửi lúc", formatTime(report.created_at)],
              ["Lý do", labelOf(REPORT_REASON_LABEL, report.reason)],
              ["Người báo kể", report.details],
              ["Mua ở đâu", report.place],
              ["Liên hệ", report.contact ?? (report.status === "closed" ? "Đã xoá khi đóng báo cáo" : null)],
              ["Ngôn ngữ", report.locale === "en" ? "Tiếng Anh" : "Tiếng Việt"],
              ["Chữ ký của mã", labelOf(TOKEN_STATE_LABEL, report.token_state)],
              ["Ghi chú của cán bộ", report.official_note],
              ["Đóng lúc", report.closed_at ? formatTime(report.closed_at) : null],
            ]}
          />
          {report.photo_url && (
            <Section title="Ảnh người báo gửi">
              {/* Same origin as the admin: the session cookie authorises the image too. */}
              <img
                src={report.photo_url}
                alt={`Ảnh chụp sản phẩm bị báo: ${product}`}
                className="max-h-96 w-full rounded-md border border-ui-border-base object-contain"
              />
            </Section>
          )}
          {report.serial_id && (
            <Section title={serial ? `Lịch sử quét serial ${serial.serial}` : "Lịch sử quét serial"}>
              {serial && (
                <Facts
                  rows={[
                    ["Số lượt quét", count(serial.scan_count)],
                    ["Quét lần đầu", formatTime(serial.first_scanned_at)],
                    ["Quét gần nhất", formatTime(serial.last_scanned_at)],
                    ["Nghi sao chép", serial.flagged_at ? describeReasons(serial.clone_reasons) : "Không"],
                  ]}
                />
              )}
              {data && <ScanHistory scans={data.scans} />}
            </Section>
          )}
          <Section title="Xử lý">
            <Field id="report-note" label="Ghi chú (bắt buộc khi đóng báo cáo)">
              <Textarea
                id="report-note"
                rows={3}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="Đã kiểm tra gì, kết luận ra sao…"
              />
            </Field>
          </Section>
        </Drawer.Body>
        <Drawer.Footer>
          {report.status !== "reviewing" && (
            <Button variant="secondary" onClick={() => move("reviewing")} isLoading={busy}>
              Đang xem xét
            </Button>
          )}
          <Button onClick={() => move("closed")} isLoading={busy} disabled={!note.trim()}>
            Đóng báo cáo
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
