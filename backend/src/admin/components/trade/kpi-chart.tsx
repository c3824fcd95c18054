import { Text } from "@medusajs/ui"
import type { KpiFigure } from "@ocop/core"
import { KPI_LABEL, VERDICT_FILL, formatKpi, formatTarget, unitOf } from "../../lib/kpis"

const ROW = 48
const BAR_Y = 22
const BAR_H = 12

// Horizontal positions are percentages of the chart's width and vertical ones pixels, so the bars
// fill any width while the labels keep the admin's text size (a viewBox would scale the text too).
const pct = (value: number, scale: number) => `${Math.min(100, Math.max(0, (value / scale) * 100))}%`

/** The axis end of a row: 100 for percentages, else a little beyond the larger of actual and target. */
function scaleOf(f: KpiFigure): number {
  if (unitOf(f) === "percent") return 100
  return Math.max(1, f.actual, f.target?.min ?? 0, f.target?.max ?? 0) * 1.2
}

const Row = ({ figure: f, y }: { figure: KpiFigure; y: number }) => {
  const scale = scaleOf(f)
  const unit = unitOf(f)
  const min = f.target?.min ?? null
  const max = f.target?.max ?? null
  // The band of values that meet the target: from the minimum (or 0) to the maximum (or the end).
  const from = min ?? 0
  const to = max ?? scale
  return (
    <g>
      <text x="0" y={y + 14} fontSize="12" style={{ fill: "var(--fg-subtle)" }}>
        {KPI_LABEL[f.indicator] ?? f.indicator}
      </text>
      <text x="100%" y={y + 14} fontSize="12" textAnchor="end" style={{ fill: "var(--fg-base)" }}>
        {formatKpi(f.actual, unit)} · chỉ tiêu {formatTarget(f)}
      </text>
      <rect x="0" y={y + BAR_Y} width="100%" height={BAR_H} rx="3" style={{ fill: "var(--bg-component)" }} />
      <rect
        x={pct(from, scale)}
        y={y + BAR_Y}
        width={pct(to - from, scale)}
        height={BAR_H}
        rx="3"
        style={{ fill: "var(--tag-green-bg)" }}
      >
        <title>Vùng đạt chỉ tiêu: {formatTarget(f)}</title>
      </rect>
      <rect
        x="0"
        y={y + BAR_Y + 3}
        width={pct(f.actual, scale)}
        height={BAR_H - 6}
        rx="2"
        style={{ fill: VERDICT_FILL[f.verdict ?? "none"] }}
      >
        <title>Thực hiện: {formatKpi(f.actual, unit)}</title>
      </rect>
      {[min, max].map(
        (mark, i) =>
          mark !== null && (
            <line
              key={i}
              x1={pct(mark, scale)}
              x2={pct(mark, scale)}
              y1={y + BAR_Y - 4}
              y2={y + BAR_Y + BAR_H + 4}
              strokeWidth="2"
              style={{ stroke: "var(--fg-base)" }}
            />
          ),
      )}
    </g>
  )
}

/** Actual against target for each indicator the plan sets a target for, one bar per indicator. */
export const KpiChart = ({ figures }: { figures: KpiFigure[] }) => {
  const rows = figures.filter((f) => formatTarget(f) !== null)
  if (!rows.length) return null
  return (
    <div className="flex flex-col gap-y-2">
      <svg
        width="100%"
        height={rows.length * ROW}
        role="img"
        aria-label="Thực hiện so với chỉ tiêu của từng chỉ số"
        className="overflow-visible"
      >
        {rows.map((f, i) => (
          <Row key={f.indicator} figure={f} y={i * ROW} />
        ))}
      </svg>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Thanh màu: thực hiện (xanh lá: đạt, đỏ: chưa đạt, cam: vượt mức tối đa); nền xanh nhạt: vùng đạt chỉ tiêu; vạch
        đen: mức tối thiểu, tối đa.
      </Text>
    </div>
  )
}
