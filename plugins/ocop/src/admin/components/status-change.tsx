import { Button, Drawer, Input, Label, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import type { CertificateView } from "@ocop/core"
import { REASON_LABEL } from "../lib/labels"
import { sdk } from "../lib/sdk"

type Props = { certificate: CertificateView; onDone: () => void }

/** Revoke, suspend or reinstate: every change names the official decision (and a reason code). */
export const StatusChange = ({ certificate, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState(certificate.status === "active" ? "revoked" : "active")
  const [reason, setReason] = useState("other")
  const [number, setNumber] = useState("")
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10))
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    try {
      const body =
        status === "active"
          ? { status, decision_number: number, decision_date: date }
          : { status, reason_code: reason, decision_number: number, decision_date: date }
      await sdk.client.fetch(`/admin/ocop/certificates/${certificate.id}/status`, { method: "POST", body })
      toast.success(`Đã cập nhật giấy chứng nhận ${certificate.number}`)
      setOpen(false)
      onDone()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!["active", "suspended", "revoked"].includes(certificate.status)) return null
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Đổi trạng thái
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Giấy chứng nhận {certificate.number}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="flex flex-col gap-y-2">
            <Label>Trạng thái mới</Label>
            <Select value={status} onValueChange={setStatus}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {certificate.status !== "revoked" && <Select.Item value="revoked">Thu hồi</Select.Item>}
                {certificate.status === "active" && <Select.Item value="suspended">Tạm đình chỉ</Select.Item>}
                {certificate.status !== "active" && <Select.Item value="active">Khôi phục hiệu lực</Select.Item>}
              </Select.Content>
            </Select>
          </div>
          {status !== "active" && (
            <div className="flex flex-col gap-y-2">
              <Label>Lý do</Label>
              <Select value={reason} onValueChange={setReason}>
                <Select.Trigger>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {Object.entries(REASON_LABEL).map(([code, label]) => (
                    <Select.Item key={code} value={code}>
                      {label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="decision-number">Số quyết định</Label>
            <Input
              id="decision-number"
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              placeholder="123/QĐ-UBND"
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="decision-date">Ngày quyết định</Label>
            <Input id="decision-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button onClick={submit} isLoading={busy} disabled={!number.trim()}>
            Xác nhận
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
