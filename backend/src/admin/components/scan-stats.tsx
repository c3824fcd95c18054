import { Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatDay, vnDay } from "../lib/dates"
import { DEVICE_LABEL, count } from "../lib/labels"
import { sdk } from "../lib/sdk"
import type { ScanStats, ScanStatsResponse } from "@ocop/core"

// The API counts scans newer than 30×24 hours, which touches 31 calendar days (today included).
const DAYS = 31

/** Every day of the window, days without scans included, so the bars keep a steady time scale. */
const dailySeries = (rows: ScanStats["last_30_days"]) => {
  const byDay = new Map(rows.map((r) => [r.day, r.scans]))
  return Array.from({ length: DAYS }, (_, i) => {
    const day = vnDay(DAYS - 1 - i)
    return { day, scans: byDay.get(day) ?? 0 }
  })
}

const Figure = ({ label, value, alert }: { label: string; value: number; alert?: boolean }) => (
  <div className="flex flex-col">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className={alert && value > 0 ? "text-ui-fg-error" : undefined}>
      {count(value)}
    </Text>
  </div>
)

const DailyBars = ({ rows }: { rows: ScanStats["last_30_days"] }) => {
  const series = dailySeries(rows)
  const max = Math.max(1, ...series.map((d) => d.scans))
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">
        Lượt quét theo ngày (30 ngày qua)
      </Text>
      <div className="flex h-20 items-end gap-px border-b border-ui-border-base">
        {series.map((d) => (
          <div
            key={d.day}
            title={`${formatDay(d.day)}: ${count(d.scans)} lượt quét`}
            className="flex-1 rounded-t-sm bg-ui-bg-interactive"
            style={{ height: `${(d.scans / max) * 100}%`, minHeight: d.scans ? 2 : 0 }}
          />
        ))}
      </div>
      <div className="flex justify-between">
        <Text size="xsmall" className="text-ui-fg-muted">
          {formatDay(series[0].day)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {formatDay(series[series.length - 1].day)}
        </Text>
      </div>
    </div>
  )
}

const Devices = ({ rows }: { rows: ScanStats["by_device"] }) => {
  const total = rows.reduce((sum, r) => sum + r.scans, 0)
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="text-ui-fg-subtle">
        Theo thiết bị
      </Text>
      {rows.map((r) => (
        <div key={r.device} className="flex items-center gap-x-3">
          <Text size="small" className="w-28 shrink-0">
            {DEVICE_LABEL[r.device] ?? r.device}
          </Text>
          <div className="h-2 flex-1 rounded-full bg-ui-bg-component">
            <div
              className="h-2 rounded-full bg-ui-bg-interactive"
              style={{ width: `${total ? (r.scans / total) * 100 : 0}%` }}
            />
          </div>
          <Text size="small" className="w-16 shrink-0 text-right">
            {count(r.scans)}
          </Text>
        </div>
      ))}
    </div>
  )
}

/** Scan statistics of one product, or of every product when `productId` is left out. */
export const ScanStatsPanel = ({ productId }: { productId?: string }) => {
  const [stats, setStats] = useState<ScanStats | null>(null)
  useEffect(() => {
    sdk.client
      .fetch<ScanStatsResponse>("/admin/traceability/stats", { query: productId ? { product_id: productId } : {} })
      .then((res) => setStats(res.stats))
      .catch((e: Error) => toast.error(`Không tải được thống kê quét: ${e.message}`))
  }, [productId])

  if (!stats) return null
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex gap-x-10">
        <Figure label="Tổng lượt quét" value={stats.total} />
        <Figure label="Serial nghi bị sao chép" value={stats.flagged_serials} alert />
      </div>
      {stats.total === 0 ? (
        <Text size="small">Chưa có lượt quét nào.</Text>
      ) : (
        <>
          <DailyBars rows={stats.last_30_days} />
          <Devices rows={stats.by_device} />
        </>
      )}
    </div>
  )
}
