import { Button, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { vnLocalToIso, vnNowLocal } from "../lib/dates"
import { JOURNEY_LABEL } from "../lib/labels"
import { sdk } from "../lib/sdk"
import { useAction } from "../lib/use-action"
import type { JourneyEventType } from "@ocop/core"
import { JOURNEY_EVENT_TYPES } from "../lib/api"
import { Field } from "./field"

type Props = { lotId: string; suggested: JourneyEventType; onDone: () => void }

/** Records one step of the lot's journey; the time is entered on Vietnam's clock. */
export const JourneyEventForm = ({ lotId, suggested, onDone }: Props) => {
  const [type, setType] = useState<JourneyEventType>(suggested)
  const [at, setAt] = useState(vnNowLocal)
  const [place, setPlace] = useState("")
  const [actor, setActor] = useState("")
  const [note, setNote] = useState("")
  const { busy, run } = useAction()

  const submit = async () => {
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/traceability/lots/${lotId}/events`, {
        method: "POST",
        body: {
          type,
          occurred_at: vnLocalToIso(at),
          place: place.trim(),
          actor: actor.trim(),
          note: note.trim() || undefined,
        },
      })
      return `Đã ghi bước ${JOURNEY_LABEL[type]}`
    })
    if (done) onDone()
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-2 gap-3">
        <Field id="event-type" label="Bước">
          <Select value={type} onValueChange={(v) => setType(v as JourneyEventType)}>
            <Select.Trigger id="event-type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {JOURNEY_EVENT_TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {JOURNEY_LABEL[t]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="event-at" label="Thời điểm (giờ Việt Nam)">
          <Input id="event-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        </Field>
        <Field id="event-place" label="Địa điểm">
          <Input id="event-place" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
        </Field>
        <Field id="event-actor" label="Người / đơn vị thực hiện">
          <Input id="event-actor" maxLength={200} value={actor} onChange={(e) => setActor(e.target.value)} />
        </Field>
      </div>
      <Field id="event-note" label="Ghi chú (không bắt buộc)">
        <Input id="event-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div>
        <Button
          size="small"
          variant="secondary"
          onClick={submit}
          isLoading={busy}
          disabled={!at || !place.trim() || !actor.trim()}
        >
          Thêm bước
        </Button>
      </div>
    </div>
  )
}
