import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Scan } from "@medusajs/icons"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { FlaggedSerialsTable } from "../../components/flagged-serials"
import { ScanStatsPanel } from "../../components/scan-stats"
import type { FlaggedSerialList, FlaggedSerialView } from "@ocop/core"
import { count } from "../../lib/labels"
import { sdk } from "../../lib/sdk"

// GET /admin/traceability/flags returns at most this many, most recently flagged first.
const FLAGS_LIMIT = 200

/** Officials' overview: scans of every product's codes, and the serials flagged as copied labels. */
const TraceabilityPage = () => {
  const [flagged, setFlagged] = useState<FlaggedSerialView[] | null>(null)
  useEffect(() => {
    sdk.client
      .fetch<FlaggedSerialList>("/admin/traceability/flags")
      .then((res) => setFlagged(res.flagged_serials))
      .catch((e: Error) => toast.error(`Không tải được danh sách serial bị gắn cờ: ${e.message}`))
  }, [])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Truy xuất & quét</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Lượt quét mã QR trên tem của mọi sản phẩm
          </Text>
        </div>
        <ScanStatsPanel />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Serial nghi bị sao chép</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {flagged && flagged.length >= FLAGS_LIMIT
              ? `${count(FLAGS_LIMIT)} serial bị gắn cờ gần nhất`
              : "Mới gắn cờ nhất ở trên cùng"}
          </Text>
        </div>
        {flagged && <FlaggedSerialsTable rows={flagged} showLot />}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Truy xuất & quét", icon: Scan })

export default TraceabilityPage
