import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, InlineTip, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { Empty } from "../../../components/trade/facts"
import { SalesPointForm } from "../../../components/trade/sales-point-form"
import { sdk } from "../../../lib/sdk"
import type { SalesPointList, SalesPointView } from "@ocop/core"
import { SALES_POINT_TYPE_LABEL, labelOf } from "../../../lib/trade-labels"
import { useGet } from "../../../lib/use-get"

/**
 * OCOP sales points: Medusa stock locations with the programme's facts. The location itself (name,
 * address, stock, pickup) stays in Medusa's Locations settings; removing a point keeps its stock.
 */
const TradeSalesPointsPage = () => {
  const prompt = usePrompt()
  const { data, reload } = useGet<SalesPointList>("/admin/trade/sales-points", "Không tải được danh sách điểm bán")
  const rows = data?.sales_points
  const taken = rows?.map((p) => p.stock_location_id) ?? []

  const remove = async (point: SalesPointView) => {
    const confirmed = await prompt({
      title: `Bỏ điểm bán ${point.name}?`,
      description:
        "Vị trí kho, tồn kho và nhận hàng tại đó vẫn giữ nguyên trong Medusa; điểm chỉ không còn trong danh sách điểm bán OCOP.",
      confirmText: "Bỏ điểm bán",
      cancelText: "Không",
    })
    if (!confirmed) return
    try {
      await sdk.client.fetch(`/admin/trade/sales-points/${point.id}`, { method: "DELETE" })
      toast.success(`Đã bỏ điểm bán ${point.name}`)
      reload()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Điểm giới thiệu và bán sản phẩm OCOP</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Nơi người mua xem và mua sản phẩm OCOP tận nơi
          </Text>
        </div>
        <SalesPointForm taken={taken} onDone={reload} />
      </div>
      <div className="px-6 py-4">
        <InlineTip label="Tồn kho và nhận hàng" variant="info">
          Mỗi điểm bán là một vị trí kho của Medusa. Tên, địa chỉ, tồn kho và tuỳ chọn nhận hàng tại điểm được quản lý
          trong{" "}
          <a className="text-ui-fg-interactive" href="/app/settings/locations">
            Cài đặt → Vị trí & Vận chuyển
          </a>
          ; sản phẩm hiện ở điểm bán là sản phẩm OCOP còn hiệu lực có tồn kho tại vị trí đó.
        </InlineTip>
      </div>
      {rows?.length === 0 && <Empty>Chưa có điểm bán nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Điểm bán</Table.HeaderCell>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Địa chỉ</Table.HeaderCell>
              <Table.HeaderCell>Mã xã</Table.HeaderCell>
              <Table.HeaderCell>Giờ mở cửa</Table.HeaderCell>
              <Table.HeaderCell>Vận hành</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell className="whitespace-normal">
                  {p.name}
                  <Text size="xsmall" className="font-mono text-ui-fg-muted">
                    {p.key}
                  </Text>
                </Table.Cell>
                <Table.Cell>{labelOf(SALES_POINT_TYPE_LABEL, p.type)}</Table.Cell>
                <Table.Cell className="whitespace-normal">{p.address || "—"}</Table.Cell>
                <Table.Cell>{p.commune_code}</Table.Cell>
                <Table.Cell className="whitespace-normal">{p.opening_hours || "—"}</Table.Cell>
                <Table.Cell className="whitespace-normal">{p.operator || "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <SalesPointForm point={p} taken={taken} onDone={reload} />
                    <Button size="small" variant="transparent" onClick={() => remove(p)}>
                      Xoá
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán", rank: 3 })

export default TradeSalesPointsPage
