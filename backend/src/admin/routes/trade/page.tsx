import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { KpiCard } from "../../components/trade/kpi-card"
import { KpiChart } from "../../components/trade/kpi-chart"
import { PeriodPicker, thisYear, validPeriod } from "../../components/trade/period-picker"
import { ValueBars } from "../../components/trade/value-bars"
import { formatDay } from "../../lib/dates"
import { download } from "../../lib/download"
import type { KpiReport } from "@ocop/core"
import { useGet } from "../../lib/use-get"

/**
 * The plan's KPIs for a period (this year so far unless chosen): actual against target for each
 * indicator, signed against realised value, and the same figures as CSV for the reports.
 */
const TradeKpiPage = () => {
  const [period, setPeriod] = useState(thisYear)
  const [saving, setSaving] = useState(false)
  // Half-typed or reversed dates wait instead of asking the API for an error.
  const ready = validPeriod(period)
  const { data } = useGet<KpiReport>(ready ? "/admin/trade/kpis" : null, "Không tải được chỉ tiêu", period)
  const figure = (indicator: string) => data?.figures.find((f) => f.indicator === indicator)?.actual ?? 0

  const saveCsv = async () => {
    setSaving(true)
    try {
      const query = new URLSearchParams({ ...period, format: "csv" })
      await download(`/admin/trade/kpis?${query}`, "text/csv", `ocop-kpi-${period.from}-${period.to}.csv`)
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center gap-3 px-6 py-4">
          <div className="mr-auto">
            <Heading level="h1">Chỉ tiêu KPI xúc tiến thương mại</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {data
                ? `Kế hoạch ${data.plan.code} · kỳ ${formatDay(data.period.from)} – ${formatDay(data.period.to)}`
                : "Thực hiện so với chỉ tiêu kế hoạch"}
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={saveCsv} isLoading={saving} disabled={!ready}>
            <ArrowDownTray />
            Tải CSV
          </Button>
        </div>
        <div className="px-6 py-4">
          <PeriodPicker value={period} onChange={setPeriod} />
        </div>
        {data && (
          <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 xl:grid-cols-4">
            {data.figures.map((f) => (
              <KpiCard key={f.indicator} figure={f} />
            ))}
          </div>
        )}
      </Container>
      {data && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Thực hiện so với chỉ tiêu</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {data.plan.title}
            </Text>
          </div>
          <div className="px-6 py-4">
            <KpiChart figures={data.figures} />
          </div>
        </Container>
      )}
      {data && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Giá trị ký kết và thực hiện</Heading>
          </div>
          <div className="px-6 py-4">
            <ValueBars signed={figure("SIGNED_VALUE_VND")} realised={figure("REALISED_VALUE_VND")} />
          </div>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Xúc tiến thương mại", icon: ChartBar })

export default TradeKpiPage
