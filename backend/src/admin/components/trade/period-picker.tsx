import { Button, Input } from "@medusajs/ui"
import { vnDay } from "../../lib/dates"

export type Period = { from: string; to: string }

/** This calendar year so far on Vietnam's calendar: what the KPI endpoint itself defaults to. */
export const thisYear = (): Period => ({ from: `${vnDay().slice(0, 4)}-01-01`, to: vnDay() })
const lastYear = (): Period => {
  const year = Number(vnDay().slice(0, 4)) - 1
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

export const validPeriod = (p: Period) => !!p.from && !!p.to && p.from <= p.to

type Props = { value: Period; onChange: (period: Period) => void }

/** The reporting period: two calendar days, with the plan's usual periods one click away. */
export const PeriodPicker = ({ value, onChange }: Props) => (
  <div className="flex flex-wrap items-center gap-2">
    <Button size="small" variant="secondary" onClick={() => onChange(thisYear())}>
      Năm nay
    </Button>
    <Button size="small" variant="secondary" onClick={() => onChange(lastYear())}>
      Năm trước
    </Button>
    <div className="w-40">
      <Input
        size="small"
        type="date"
        aria-label="Từ ngày"
        value={value.from}
        max={value.to || undefined}
        onChange={(e) => onChange({ ...value, from: e.target.value })}
      />
    </div>
    <span aria-hidden>–</span>
    <div className="w-40">
      <Input
        size="small"
        type="date"
        aria-label="Đến ngày"
        value={value.to}
        min={value.from || undefined}
        onChange={(e) => onChange({ ...value, to: e.target.value })}
      />
    </div>
  </div>
)
