import { Badge, Text } from "@medusajs/ui"
import type { KpiFigure } from "@ocop/core"
import {
  KPI_HINT,
  KPI_LABEL,
  KPI_OF,
  VERDICT_COLOR,
  VERDICT_LABEL,
  formatKpi,
  formatTarget,
  unitOf,
} from "../../lib/kpis"
import { count } from "../../lib/labels"

/**
 * One indicator: the actual figure against the plan's target, with its verdict. The raw figures are
 * also in data attributes, for checks that read them without parsing Vietnamese number formats.
 */
export const KpiCard = ({ figure: f }: { figure: KpiFigure }) => (
  <div
    data-testid={`kpi-${f.indicator}`}
    data-actual={f.actual}
    data-verdict={f.verdict ?? "none"}
    className="flex flex-col gap-y-2 rounded-lg border border-ui-border-base bg-ui-bg-base p-4"
  >
    <div className="flex items-start justify-between gap-x-2">
      <Text size="small" weight="plus">
        {KPI_LABEL[f.indicator] ?? f.indicator}
      </Text>
      {f.verdict ? (
        <Badge size="2xsmall" color={VERDICT_COLOR[f.verdict]} className="shrink-0 whitespace-nowrap">
          {VERDICT_LABEL[f.verdict]}
        </Badge>
      ) : (
        <Badge size="2xsmall" color="grey" className="shrink-0">
          Theo dõi
        </Badge>
      )}
    </div>
    <Text size="xlarge" weight="plus" data-testid="kpi-actual">
      {formatKpi(f.actual, unitOf(f))}
    </Text>
    {f.of && (
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="kpi-of">
        {count(f.of.count)} / {count(f.of.total)} {KPI_OF[f.indicator] ?? ""}
      </Text>
    )}
    <Text size="xsmall">{formatTarget(f) ? `Chỉ tiêu: ${formatTarget(f)}` : "Kế hoạch không đặt chỉ tiêu"}</Text>
    <Text size="xsmall" className="text-ui-fg-muted">
      {KPI_HINT[f.indicator]}
    </Text>
  </div>
)
