import { Badge, Button, Drawer, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { formatTime } from "../../lib/dates"
import type { OcopSubject } from "../../lib/ocop-subjects"
import { sdk } from "../../lib/sdk"
import type { AdminBusinessView } from "@ocop/core"
import { BUSINESS_STATUS_COLOR, BUSINESS_STATUS_LABEL, BUSINESS_TYPE_LABEL, labelOf } from "../../lib/trade-labels"
import { useAction } from "../../lib/use-action"
import { Field } from "../field"
import { Facts, Section } from "./facts"
import { SubjectPicker } from "./subject-picker"

type Props = { business: AdminBusinessView; subjects: OcopSubject[] | null; onDone: () => void }

/**
 * One business profile, verified or rejected by an official. A producer is verified together with
 * the OCOP subject its account speaks for; a rejection says why, for the business to correct. Other
 * profiles claiming the same tax code are listed: only one can be verified to hold it, and an
 * official releases a verified profile's code (with the reason) when another proves it is theirs.
 */
export const BusinessReview = ({ business, subjects, onDone }: Props) => {
  const [open, setOpen] = useState(false)
  const [subjectId, setSubjectId] = useState(business.subject_id ?? "")
  const [note, setNote] = useState("")
  const { busy, run } = useAction()
  const producer = business.type === "producer"
  const subject = subjects?.find((s) => s.id === business.subject_id)

  const openDrawer = (next: boolean) => {
    if (next) {
      setSubjectId(business.subject_id ?? "")
      setNote("")
    }
    setOpen(next)
  }
  const review = async (status: "verified" | "rejected") => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/trade/businesses/${business.id}/review`, {
        method: "POST",
        body: {
          status,
          subject_id: status === "verified" && producer ? subjectId : undefined,
          note: note.trim() || undefined,
        },
      })
      return status === "verified"
        ? `Đã xác minh ${business.company_name}`
        : `Đã từ chối hồ sơ ${business.company_name}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }
  const release = async () => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/trade/businesses/${business.id}/release`, {
        method: "POST",
        body: { reason: note.trim() },
      })
      return `Đã thu hồi mã số thuế của ${business.company_name}`
    })
    if (!done) return
    setOpen(false)
    onDone()
  }
  const claims = business.tax_code_claims
    .map((c) => `${c.company_name} (${labelOf(BUSINESS_STATUS_LABEL, c.status).toLowerCase()})`)
    .join("; ")

  return (
    <Drawer open={open} onOpenChange={openDrawer}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={business.status === "pending" ? "secondary" : "transparent"}>
          {business.status === "pending" ? "Xét duyệt" : "Chi tiết"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{business.company_name}</Drawer.Title>
          <Drawer.Description>
            {labelOf(BUSINESS_TYPE_LABEL, business.type)} · MST {business.tax_code}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-8 overflow-y-auto">
          <Facts
            rows={[
              [
                "Trạng thái",
                <Badge size="2xsmall" color={BUSINESS_STATUS_COLOR[business.status] ?? "grey"}>
                  {labelOf(BUSINESS_STATUS_LABEL, business.status)}
                </Badge>,
              ],
              ["Đăng ký lúc", formatTime(business.created_at)],
              ["Mã xã/phường", business.commune_code],
              ["Điện thoại", business.phone],
              [
                "Toạ độ",
                business.latitude !== null && business.longitude !== null
                  ? `${business.latitude}, ${business.longitude}`
                  : null,
              ],
              ["Chủ thể OCOP", subject?.name ?? business.subject_id],
              ["Xác minh lúc", business.verified_at ? formatTime(business.verified_at) : null],
              ["Ghi chú xét duyệt", business.review_note],
              ["Hồ sơ khác cùng MST", claims || null],
            ]}
          />
          <Section title="Xét duyệt">
            {producer && (
              <Field id="review-subject" label="Chủ thể OCOP của tài khoản">
                <SubjectPicker
                  id="review-subject"
                  subjects={subjects}
                  value={subjectId}
                  onChange={setSubjectId}
                  taxCode={business.tax_code}
                />
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Mỗi chủ thể chỉ có một tài khoản đã xác minh; tài khoản sẽ chào bán và ký kết thay cho chủ thể này.
                </Text>
              </Field>
            )}
            <Field id="review-note" label="Ghi chú (bắt buộc khi từ chối hoặc thu hồi mã số thuế)">
              <Textarea
                id="review-note"
                rows={3}
                maxLength={1000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder="Lý do từ chối, giấy tờ cần bổ sung…"
              />
            </Field>
          </Section>
        </Drawer.Body>
        <Drawer.Footer>
          {business.status === "verified" && (
            <Button variant="danger" onClick={release} isLoading={busy} disabled={!note.trim()}>
              Thu hồi mã số thuế
            </Button>
          )}
          <Button variant="danger" onClick={() => review("rejected")} isLoading={busy} disabled={!note.trim()}>
            Từ chối
          </Button>
          <Button
            data-testid="verify-business"
            onClick={() => review("verified")}
            isLoading={busy}
            disabled={producer && !subjectId}
          >
            Xác minh
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
