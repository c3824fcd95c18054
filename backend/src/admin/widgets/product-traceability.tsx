import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { LotDetailDrawer } from "../components/lot-detail"
import { NewLot } from "../components/new-lot"
import { ScanStatsPanel } from "../components/scan-stats"
import type { LotList, LotSummaryView } from "@ocop/core"
import { formatDay } from "../lib/dates"
import { count } from "../lib/labels"
import { Pager } from "../components/pager"
import { sdk } from "../lib/sdk"

const PAGE = 10

/** The product's production lots, their labels and journeys, and how often its codes are scanned. */
const ProductTraceabilityWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const [page, setPage] = useState(0)
  const [lots, setLots] = useState<LotSummaryView[] | null>(null)
  const [total, setTotal] = useState(0)
  const load = useCallback(async () => {
    try {
      const res = await sdk.client.fetch<LotList>("/admin/traceability/lots", {
        query: { product_id: data.id, limit: PAGE, offset: page * PAGE },
      })
      setLots(res.lots)
      setTotal(res.count)
    } catch (e) {
      toast.error(`Không tải được danh sách lô: ${(e as Error).message}`)
    }
  }, [data.id, page])
  useEffect(() => {
    load()
  }, [load])
  const added = () => (page === 0 ? load() : setPage(0))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Truy xuất nguồn gốc</Heading>
        <NewLot productId={data.id} onDone={added} />
      </div>
      {lots?.length === 0 && (
        <Text size="small" className="px-6 py-4">
          Chưa có lô sản xuất nào: thêm lô để cấp serial và in tem truy xuất.
        </Text>
      )}
      {!!lots?.length && (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Mã lô</Table.HeaderCell>
                <Table.HeaderCell>NSX</Table.HeaderCell>
                <Table.HeaderCell>HSD</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Số lượng</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Serial</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Đã quét</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Lượt quét</Table.HeaderCell>
                <Table.HeaderCell>Nghi sao chép</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lots.map((lot) => (
                <Table.Row key={lot.id}>
                  <Table.Cell className="font-mono">{lot.code}</Table.Cell>
                  <Table.Cell>{formatDay(lot.produced_on)}</Table.Cell>
                  <Table.Cell>{formatDay(lot.expires_on)}</Table.Cell>
                  <Table.Cell className="text-right">{count(lot.quantity)}</Table.Cell>
                  <Table.Cell className="text-right">{count(lot.figures.serials)}</Table.Cell>
                  <Table.Cell className="text-right">{count(lot.figures.scanned)}</Table.Cell>
                  <Table.Cell className="text-right">{count(lot.figures.scans)}</Table.Cell>
                  <Table.Cell>
                    {lot.figures.flagged > 0 ? (
                      <Badge size="2xsmall" color="red">
                        {count(lot.figures.flagged)} serial
                      </Badge>
                    ) : (
                      <Text size="small" className="text-ui-fg-muted">
                        —
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <LotDetailDrawer lot={lot} onChanged={load} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager total={total} pageSize={PAGE} page={page} onPage={setPage} />
        </div>
      )}
      <div className="px-6 pt-4">
        <Heading level="h3">Lượt quét mã của sản phẩm</Heading>
      </div>
      <ScanStatsPanel productId={data.id} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductTraceabilityWidget
