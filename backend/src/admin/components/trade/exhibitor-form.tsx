import { Button, Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { OcopSubject } from "../../lib/ocop-subjects"
import { sdk } from "../../lib/sdk"
import type { AdminExhibitorView } from "@ocop/core"
import { useAction } from "../../lib/use-action"
import { Field } from "../field"
import { SubjectPicker } from "./subject-picker"

type Props = {
  eventId: string
  subjects: OcopSubject[] | null
  /** The exhibitor being edited; the same call adds a subject or updates its booth and products. */
  exhibitor?: AdminExhibitorView
  onDone: () => void
}

const stars = (n: number) => "★".repeat(n)

/** Adds an OCOP subject to the event's exhibitors with its booth and the products it shows. */
export const ExhibitorForm = ({ eventId, subjects, exhibitor, onDone }: Props) => {
  const [subjectId, setSubjectId] = useState(exhibitor?.subject_id ?? "")
  const [booth, setBooth] = useState(exhibitor?.booth ?? "")
  const [productIds, setProductIds] = useState<string[]>(exhibitor?.product_ids ?? [])
  // Typed ids, for a subject the certificate catalogue does not know.
  const [typedIds, setTypedIds] = useState((exhibitor?.product_ids ?? []).join("\n"))
  const { busy, run } = useAction()
  const subject = subjects?.find((s) => s.id === subjectId)

  const pickSubject = (id: string) => {
    setSubjectId(id)
    // Only the chosen producer's own products can be shown at its booth.
    if (id !== subjectId) setProductIds([])
  }
  const toggle = (id: string, on: boolean) => setProductIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))

  const submit = async () => {
    const ids = subject ? productIds : typedIds.split(/[\s,]+/).filter(Boolean)
    const done = await run(async () => {
      await sdk.client.fetch(`/admin/trade/events/${eventId}/exhibitors`, {
        method: "POST",
        body: { subject_id: subjectId, booth: booth.trim() || null, product_ids: ids },
      })
      return `Đã lưu gian hàng của ${subject?.name ?? subjectId}`
    })
    if (done) onDone()
  }

  return (
    <div className="flex flex-col gap-y-4 rounded-lg border border-ui-border-base p-4">
      <Field id="exhibitor-subject" label="Chủ thể OCOP">
        {exhibitor ? (
          <Text size="small">{subject?.name ?? exhibitor.subject_id}</Text>
        ) : (
          <SubjectPicker id="exhibitor-subject" subjects={subjects} value={subjectId} onChange={pickSubject} />
        )}
      </Field>
      <Field id="exhibitor-booth" label="Gian hàng (không bắt buộc)">
        <Input
          id="exhibitor-booth"
          maxLength={40}
          value={booth}
          onChange={(e) => setBooth(e.target.value)}
          placeholder="A12"
        />
      </Field>
      {subject ? (
        <fieldset className="flex flex-col gap-y-2">
          <legend className="mb-2">
            <Text size="small" weight="plus">
              Sản phẩm trưng bày
            </Text>
          </legend>
          {subject.products.length === 0 && <Text size="small">Chủ thể chưa có sản phẩm được chứng nhận.</Text>}
          {subject.products.map((p) => (
            <div key={p.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`exhibit-${p.id}`}
                checked={productIds.includes(p.id)}
                onCheckedChange={(on) => toggle(p.id, on === true)}
              />
              <Label htmlFor={`exhibit-${p.id}`} size="small">
                {p.title} {stars(p.stars)}
                {!p.active && <span className="text-ui-fg-muted"> (giấy chứng nhận hết hiệu lực)</span>}
              </Label>
            </div>
          ))}
          <Text size="xsmall" className="text-ui-fg-subtle">
            Trang sự kiện chỉ hiện những sản phẩm còn được chứng nhận.
          </Text>
        </fieldset>
      ) : (
        subjectId && (
          <Field id="exhibitor-products" label="Mã sản phẩm trưng bày (mỗi dòng một mã)">
            <Textarea id="exhibitor-products" rows={3} value={typedIds} onChange={(e) => setTypedIds(e.target.value)} />
          </Field>
        )
      )}
      <div>
        <Button size="small" variant="secondary" onClick={submit} isLoading={busy} disabled={!subjectId}>
          {exhibitor ? "Lưu gian hàng" : "Thêm đơn vị trưng bày"}
        </Button>
      </div>
    </div>
  )
}
