import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatDay } from "../../lib/dates"
import { count } from "../../lib/labels"
import { useOcopSubjects } from "../../lib/ocop-subjects"
import type { AdminExhibitorView, AdminTradeEventDetail, AdminTradeEventRow, BusinessList } from "@ocop/core"
import { EVENT_KIND_LABEL, labelOf } from "../../lib/trade-labels"
import { useGet } from "../../lib/use-get"
import { ExhibitorForm } from "./exhibitor-form"
import { ExhibitorsTable } from "./exhibitors-table"
import { Facts, Section } from "./facts"
import { MeetingsTable } from "./meetings-table"

type Props = { event: AdminTradeEventRow; onChanged: () => void }

/** One event: its facts, exhibitors (added and removed here), buyers, and the meetings booked. */
export const EventDetail = ({ event, onChanged }: Props) => {
  const [open, setOpen] = useState(false)
  const [editing, setEditing] = useState<AdminExhibitorView | null>(null)
  // Bumped after each save, so the add form starts empty again.
  const [saved, setSaved] = useState(0)
  // Loaded only when opened: the list shows many events, an official looks into few.
  const { data, reload } = useGet<AdminTradeEventDetail>(
    open ? `/admin/trade/events/${event.id}` : null,
    "Không tải được sự kiện",
  )
  const { data: businesses } = useGet<BusinessList>(
    open ? "/admin/trade/businesses" : null,
    "Không tải được danh sách doanh nghiệp",
  )
  const subjects = useOcopSubjects(open)
  const names = useMemo(() => new Map((businesses?.businesses ?? []).map((b) => [b.id, b.company_name])), [businesses])
  const changed = () => {
    setEditing(null)
    setSaved((n) => n + 1)
    reload()
    onChanged()
  }

  const detail = data
  const current = detail?.event ?? event
  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="transparent">
          Chi tiết
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="overflow-y-auto">
          <div className="mx-auto flex max-w-4xl flex-col gap-y-8 px-6 py-8">
            <div className="flex flex-col gap-y-1">
              <FocusModal.Title asChild>
                <Heading level="h1">{current.name}</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {labelOf(EVENT_KIND_LABEL, current.kind)} · {formatDay(current.starts_on)} –{" "}
                  {formatDay(current.ends_on)} · {current.venue}
                </Text>
              </FocusModal.Description>
            </div>
            <Facts
              rows={[
                ["Tên tiếng Anh", current.name_en],
                ["Đơn vị tổ chức", current.organiser],
                ["Mã xã/phường", current.commune_code],
                ["Đường dẫn", current.handle],
                [
                  "Gặp gỡ",
                  current.tables > 0
                    ? `${current.meeting_from}–${current.meeting_to} mỗi ngày, lượt ${count(current.slot_minutes)} phút, ${count(current.tables)} bàn`
                    : "Không nhận đặt lịch gặp",
                ],
                ["Mô tả", current.description],
              ]}
            />
            <Section title={`Đơn vị trưng bày (${count(detail?.event.exhibitors.length ?? event.exhibitors_count)})`}>
              {detail && (
                <ExhibitorsTable
                  eventId={event.id}
                  rows={detail.event.exhibitors}
                  subjects={subjects}
                  onEdit={setEditing}
                  onChanged={changed}
                />
              )}
              <ExhibitorForm
                key={editing ? editing.id : `new-${saved}`}
                eventId={event.id}
                subjects={subjects}
                exhibitor={editing ?? undefined}
                onDone={changed}
              />
              {editing && (
                <div>
                  <Button size="small" variant="transparent" onClick={() => setEditing(null)}>
                    Thôi sửa, thêm đơn vị khác
                  </Button>
                </div>
              )}
            </Section>
            <Section title={`Người mua đăng ký (${count(detail?.event.buyers.length ?? event.buyers_count)})`}>
              {detail && (
                <Text size="small">
                  {detail.event.buyers.map((b) => names.get(b.business_id) ?? b.business_id).join("; ") ||
                    "Chưa có người mua nào đăng ký."}
                </Text>
              )}
            </Section>
            <Section title={`Lịch gặp (${count(detail?.meetings.length ?? 0)})`}>
              {detail && <MeetingsTable rows={detail.meetings} names={names} />}
            </Section>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
