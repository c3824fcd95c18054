import { Text } from "@medusajs/ui"
import { money } from "../../lib/money"

type Props = { signed: number; realised: number }

const ROW = 44
// Horizontal positions in percent of the width, vertical in pixels: see kpi-chart.tsx.
const pct = (value: number, scale: number) => `${Math.min(100, Math.max(0, (value / scale) * 100))}%`

/** Signed value against what was delivered under it, on one scale. */
export const ValueBars = ({ signed, realised }: Props) => {
  const scale = Math.max(1, signed, realised)
  const bars = [
    { label: "Giá trị ký kết", value: signed, fill: "var(--bg-interactive)" },
    { label: "Giá trị thực hiện", value: realised, fill: "var(--tag-green-icon)" },
  ]
  return (
    <div className="flex flex-col gap-y-2">
      <svg width="100%" height={bars.length * ROW} role="img" aria-label="Giá trị ký kết và giá trị thực hiện">
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x="0" y={i * ROW + 14} fontSize="12" style={{ fill: "var(--fg-subtle)" }}>
              {b.label}
            </text>
            <text x="100%" y={i * ROW + 14} fontSize="12" textAnchor="end" style={{ fill: "var(--fg-base)" }}>
              {money(b.value)}
            </text>
            <rect x="0" y={i * ROW + 22} width="100%" height="14" rx="3" style={{ fill: "var(--bg-component)" }} />
            <rect x="0" y={i * ROW + 22} width={pct(b.value, scale)} height="14" rx="3" style={{ fill: b.fill }}>
              <title>
                {b.label}: {money(b.value)}
              </title>
            </rect>
          </g>
        ))}
      </svg>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {signed > 0
          ? `Đã thực hiện ${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format((realised / signed) * 100)}% giá trị ký kết trong kỳ.`
          : "Chưa có thỏa thuận nào được ký trong kỳ."}
      </Text>
    </div>
  )
}
