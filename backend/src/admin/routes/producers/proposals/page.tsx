import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { AdminProposalsResponse } from "@ocop/core"
import { Empty } from "../../../components/trade/facts"
import { formatTime } from "../../../lib/dates"
import { useGet } from "../../../lib/use-get"

/**
 * Products producers proposed, newest first: each a draft tied to its producer until a certificate
 * lists it. Officials certify one through the registry import (its handle in `product_handle`); the
 * listing workflow then puts it on sale. The product's own page (Medusa's) shows its texts and prices.
 */
const ProposalsPage = () => {
  const { data } = useGet<AdminProposalsResponse>("/admin/producers/proposals", "Không tải được sản phẩm đề xuất")
  const rows = data?.proposals
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Sản phẩm đề xuất</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Nhà sản xuất đề xuất sản phẩm mới (bản nháp). Sản phẩm chỉ được bán khi có giấy chứng nhận OCOP: nhập giấy
          chứng nhận qua sổ đăng ký với product_handle là mã bên dưới.
        </Text>
      </div>
      {rows?.length === 0 && <Empty>Chưa có sản phẩm đề xuất nào.</Empty>}
      {!!rows?.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm · mã (handle)</Table.HeaderCell>
              <Table.HeaderCell>Nhà sản xuất</Table.HeaderCell>
              <Table.HeaderCell>Người đề xuất</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="proposal">
                <Table.Cell className="whitespace-normal">
                  <a href={`/app/products/${r.product.id}`} className="underline">
                    {r.product.title}
                  </a>
                  <Text size="xsmall" className="font-mono text-ui-fg-subtle">
                    {r.product.handle}
                  </Text>
                </Table.Cell>
                <Table.Cell className="whitespace-normal">{r.subject.name}</Table.Cell>
                <Table.Cell className="break-all whitespace-normal">
                  {r.proposed_by}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatTime(r.proposed_at)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {r.listed ? (
                    <Badge color="green">Đang bán</Badge>
                  ) : (
                    <Badge color="orange">{r.certificates ? "Chứng nhận chưa hiệu lực" : "Chờ chứng nhận"}</Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sản phẩm đề xuất" })

export default ProposalsPage
