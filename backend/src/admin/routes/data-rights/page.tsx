import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { DataRequestList, OfficialErasure, PersonalDataAccessList } from "@ocop/core"
import { Empty } from "../../components/trade/facts"
import { saveFile } from "../../lib/download"
import { sdk } from "../../lib/sdk"
import { useAction } from "../../lib/use-action"
import { useGet } from "../../lib/use-get"

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) : "—"

/**
 * Data-subject requests received by mail (docs/compliance.md): after checking who wrote, an official
 * exports or erases every customer record of the address, with the letter's reference; below, the
 * requests on record and officials' accesses to personal data.
 */
const DataRightsPage = () => {
  const [email, setEmail] = useState("")
  const [kind, setKind] = useState<"export" | "erase">("export")
  const [reference, setReference] = useState("")
  const { data: requests, reload } = useGet<DataRequestList>("/admin/data-rights/requests", "Không tải được yêu cầu")
  const { data: log } = useGet<PersonalDataAccessList>(
    "/admin/data-rights/access-log",
    "Không tải được nhật ký truy cập",
  )
  const { busy, run } = useAction()

  const submit = async () => {
    if (kind === "erase" && !window.confirm(`Xóa dữ liệu cá nhân của ${email}? Không thể hoàn tác.`)) return
    const done = await run(async () => {
      const body = { email, kind, reference }
      if (kind === "export") {
        const file = await sdk.client.fetch<unknown>("/admin/data-rights/requests", { method: "POST", body })
        saveFile(
          new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }),
          `ocop-personal-data-${email}.json`,
        )
        return `Đã xuất dữ liệu của ${email}`
      }
      const r = await sdk.client.fetch<OfficialErasure>("/admin/data-rights/requests", { method: "POST", body })
      return `Đã xóa dữ liệu cá nhân của ${r.erasures.length} hồ sơ khách hàng`
    })
    if (done) reload()
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Quyền dữ liệu cá nhân</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Yêu cầu nhận qua thư hoặc email: kiểm tra người gửi trước khi thực hiện
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="w-64 space-y-1">
          <Label htmlFor="dr-email">Email của người yêu cầu</Label>
          <Input id="dr-email" size="small" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="w-40 space-y-1">
          <Label htmlFor="dr-kind">Yêu cầu</Label>
          <Select value={kind} onValueChange={(v) => setKind(v as "export" | "erase")}>
            <Select.Trigger id="dr-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="export">Xuất dữ liệu</Select.Item>
              <Select.Item value="erase">Xóa dữ liệu</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="w-48 space-y-1">
          <Label htmlFor="dr-reference">Số văn bản / thư</Label>
          <Input id="dr-reference" size="small" value={reference} onChange={(e) => setReference(e.target.value)} />
        </div>
        <Button size="small" disabled={busy || !email || !reference} onClick={submit}>
          Thực hiện
        </Button>
      </div>
      <div className="px-6 py-4">
        <Heading level="h2">Yêu cầu đã ghi nhận</Heading>
        {requests?.data_requests.length === 0 && <Empty>Chưa có yêu cầu nào.</Empty>}
        {!!requests?.data_requests.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Lúc</Table.HeaderCell>
                <Table.HeaderCell>Loại</Table.HeaderCell>
                <Table.HeaderCell>Khách hàng</Table.HeaderCell>
                <Table.HeaderCell>Kênh</Table.HeaderCell>
                <Table.HeaderCell>Văn bản</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {requests.data_requests.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{when(r.created_at)}</Table.Cell>
                  <Table.Cell>{r.kind === "export" ? "Xuất" : "Xóa"}</Table.Cell>
                  <Table.Cell>{r.customer_id}</Table.Cell>
                  <Table.Cell>{r.channel === "self" ? "Khách tự làm" : "Cán bộ"}</Table.Cell>
                  <Table.Cell>{r.reference ?? "—"}</Table.Cell>
                  <Table.Cell>{r.status === "done" ? `Xong ${when(r.completed_at)}` : "Đang chạy"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      <div className="px-6 py-4">
        <Heading level="h2">Nhật ký truy cập dữ liệu cá nhân</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mỗi lần cán bộ xem hoặc sửa dữ liệu cá nhân trong trang quản trị; giữ 365 ngày
        </Text>
        {!!log?.accesses.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Lúc</Table.HeaderCell>
                <Table.HeaderCell>Cán bộ</Table.HeaderCell>
                <Table.HeaderCell>Thao tác</Table.HeaderCell>
                <Table.HeaderCell>Kết quả</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {log.accesses.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{when(a.at)}</Table.Cell>
                  <Table.Cell>{a.actor_id}</Table.Cell>
                  <Table.Cell>
                    {a.method} {a.path}
                  </Table.Cell>
                  <Table.Cell>{a.status}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Dữ liệu cá nhân" })

export default DataRightsPage
