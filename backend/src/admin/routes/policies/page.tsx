import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Table } from "@medusajs/ui"
import type { AdminPoliciesResponse } from "@ocop/core"
import { OperatorForm } from "../../components/policies/operator-form"
import { KIND_LABELS, PublishForm } from "../../components/policies/publish-form"
import { formatTime } from "../../lib/dates"
import { useGet } from "../../lib/use-get"

/**
 * The operator's details and the marketplace's policies, as data officials edit (Decree 52/2013 as
 * amended): what the storefront's footer and policy pages show, and what consents name.
 */
const PoliciesPage = () => {
  const { data, reload } = useGet<AdminPoliciesResponse>("/admin/policies", "Không tải được văn bản chính sách")
  return (
    <div className="flex flex-col gap-y-4">
      <OperatorForm operator={data?.operator ?? null} onSaved={reload} />
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Các phiên bản đã công bố
        </Heading>
        <Table data-testid="policy-versions">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Phiên bản</Table.HeaderCell>
              <Table.HeaderCell>Tiêu đề</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực từ</Table.HeaderCell>
              <Table.HeaderCell>Công bố lúc</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.versions ?? []).map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>{KIND_LABELS[v.kind]}</Table.Cell>
                <Table.Cell>{v.version}</Table.Cell>
                <Table.Cell>{v.title_vi}</Table.Cell>
                <Table.Cell>{formatTime(v.effective_at)}</Table.Cell>
                <Table.Cell>{formatTime(v.published_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <PublishForm onPublished={reload} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chính sách & vận hành", icon: DocumentText })

export default PoliciesPage
