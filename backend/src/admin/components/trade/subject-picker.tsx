import { Input, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { OcopSubject } from "../../lib/ocop-subjects"
import { fold } from "../../lib/text"
import { OptionSelect } from "./option-select"

type Props = {
  id: string
  subjects: OcopSubject[] | null
  value: string
  onChange: (subjectId: string) => void
  /** A producer's own tax code: the subject with the same one is most likely the right one. */
  taxCode?: string
}

// The select shows this many matches; the search narrows a long registry down to them.
const SHOWN = 100

/** Picks an OCOP subject by name or tax code; a plain id field while the catalogue is unavailable. */
export const SubjectPicker = ({ id, subjects, value, onChange, taxCode }: Props) => {
  const [search, setSearch] = useState("")
  const options = useMemo(() => {
    if (!subjects) return []
    const words = fold(search).split(/\s+/).filter(Boolean)
    const matches = subjects.filter((s) => {
      const text = fold(`${s.name} ${s.tax_code ?? ""}`)
      return s.id === value || words.every((w) => text.includes(w))
    })
    const same = (s: OcopSubject) => !!taxCode && s.tax_code === taxCode
    return [...matches.filter(same), ...matches.filter((s) => !same(s))]
      .slice(0, SHOWN)
      .map((s): [string, string] => [
        s.id,
        `${s.name}${s.tax_code ? ` · MST ${s.tax_code}` : ""}${same(s) ? " (trùng MST)" : ""}`,
      ])
  }, [subjects, search, value, taxCode])

  if (!subjects?.length) {
    return (
      <div className="flex flex-col gap-y-1">
        <Input id={id} value={value} onChange={(e) => onChange(e.target.value.trim())} placeholder="osub_…" />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {subjects ? "Chưa có chủ thể nào có giấy chứng nhận:" : "Đang tải danh sách chủ thể…"} có thể nhập mã chủ thể
          OCOP.
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        size="small"
        type="search"
        placeholder="Tìm theo tên hoặc mã số thuế"
        aria-label="Tìm chủ thể OCOP"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <OptionSelect id={id} value={value} onChange={onChange} options={options} placeholder="Chọn chủ thể OCOP" />
      {options.length === 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Không có chủ thể nào khớp.
        </Text>
      )}
    </div>
  )
}
