import { Badge, Button, Drawer, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { AdminProducerView } from "@ocop/core"
import { formatTime } from "../lib/dates"
import { sdk } from "../lib/sdk"
import { useAction } from "../lib/use-action"
import { Field } from "./field"
import { Facts, Section } from "./trade/facts"

type Props = { producer: AdminProducerView; onDone: () => void }

/**
 * Suspends a producer's access with a reason its members are shown, or restores it. Suspended,
 * every member of the producer is refused from its next request (docs/producers.md).
 */
export const ProducerAccessDrawer = ({ producer, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [text, setText] = useState("")
  const { busy, run } = useAction()
  const suspended = producer.status === "suspended"
  const change = async () => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/producers/${producer.id}/${suspended ? "restore" : "suspend"}`, {
        method: "POST",
        body: suspended ? (text.trim() ? { note: text.trim() } : {}) : { reason: text.trim() },
      })
      return suspended ? "Đã khôi phục quyền truy cập" : "Đã tạm ngừng quyền truy cập"
    })
    if (!done) return
    setOpen(false)
    onDone()
  }
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setText("")
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant={suspended ? "secondary" : "transparent"} data-testid="producer-access">
          {suspended ? "Khôi phục" : "Tạm ngừng"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{producer.subject_name}</Drawer.Title>
          <Drawer.Description>Quyền truy cập không gian nhà sản xuất</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <Facts
            rows={[
              [
                "Trạng thái",
                <Badge size="2xsmall" color={suspended ? "red" : "green"}>
                  {suspended ? "Tạm ngừng" : "Đang hoạt động"}
                </Badge>,
              ],
              ["Chủ tài khoản", producer.owner_email],
              ["Thành viên", String(producer.members_count)],
              ["Lý do tạm ngừng", producer.suspension_reason],
              ["Tạm ngừng lúc", producer.suspended_at ? formatTime(producer.suspended_at) : null],
            ]}
          />
          <Section title={suspended ? "Khôi phục" : "Tạm ngừng"}>
            <Text size="small" className="text-ui-fg-subtle">
              {suspended
                ? "Chủ và nhân viên lại vào được không gian nhà sản xuất ngay từ yêu cầu tiếp theo."
                : "Chủ và nhân viên bị từ chối ngay từ yêu cầu tiếp theo và được xem lý do dưới đây."}
            </Text>
            <Field id="producer-access-text" label={suspended ? "Ghi chú (không bắt buộc)" : "Lý do (bắt buộc)"}>
              <Textarea
                id="producer-access-text"
                rows={3}
                maxLength={1000}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </Field>
          </Section>
        </Drawer.Body>
        <Drawer.Footer>
          <Button
            size="small"
            variant={suspended ? "primary" : "danger"}
            disabled={busy || (!suspended && !text.trim())}
            onClick={change}
          >
            {suspended ? "Khôi phục quyền truy cập" : "Tạm ngừng quyền truy cập"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
