import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { StatusChange } from "../../components/status-change"
import type { AdminCertificateList, AdminCertificateRow } from "@ocop/core"
import { STATUS_COLOR, STATUS_LABEL, stars } from "../../lib/labels"
import { sdk } from "../../lib/sdk"

const PAGE = 20
const ANY = "any"

/** A narrow select of one filter: options are [value, label] pairs. */
const FilterInput = (props: { value: string; onChange: (v: string) => void; placeholder: string }) => (
  <div className="w-44">
    <Input
      size="small"
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </div>
)

const FilterSelect = (props: { value: string; onChange: (v: string) => void; options: [string, string][] }) => (
  <div className="w-44">
    <Select size="small" value={props.value} onValueChange={props.onChange}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {props.options.map(([value, label]) => (
          <Select.Item key={value} value={value}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** Officials' list of certificates with filters: status, stars, commune, expiring soon. */
const OcopCertificatesPage = () => {
  const [filters, setFilters] = useState({ status: ANY, stars: ANY, commune_code: "", expiring: ANY, q: "" })
  const [page, setPage] = useState(0)
  const [rows, setRows] = useState<AdminCertificateRow[]>([])
  const [count, setCount] = useState(0)
  const load = useCallback(async () => {
    const query: Record<string, string | number> = { limit: PAGE, offset: page * PAGE }
    if (filters.status !== ANY) query.status = filters.status
    if (filters.stars !== ANY) query.stars = filters.stars
    if (filters.expiring !== ANY) query.expiring_within_days = filters.expiring
    if (filters.commune_code.trim()) query.commune_code = filters.commune_code.trim()
    if (filters.q.trim()) query.q = filters.q.trim()
    const res = await sdk.client.fetch<AdminCertificateList>("/admin/ocop/certificates", {
      query,
    })
    setRows(res.certificates)
    setCount(res.count)
  }, [filters, page])
  useEffect(() => {
    load()
  }, [load])
  const set = (key: keyof typeof filters) => (value: string) => {
    setPage(0)
    setFilters((f) => ({ ...f, [key]: value }))
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading level="h1" className="mr-auto">
          Giấy chứng nhận OCOP
        </Heading>
        <FilterInput placeholder="Số giấy chứng nhận" value={filters.q} onChange={set("q")} />
        <FilterInput placeholder="Mã xã/phường" value={filters.commune_code} onChange={set("commune_code")} />
        <FilterSelect
          value={filters.status}
          onChange={set("status")}
          options={[[ANY, "Mọi trạng thái"], ...Object.entries(STATUS_LABEL)]}
        />
        <FilterSelect
          value={filters.stars}
          onChange={set("stars")}
          options={[[ANY, "Mọi hạng sao"], ...[5, 4, 3, 2].map((n): [string, string] => [String(n), stars(n)])]}
        />
        <FilterSelect
          value={filters.expiring}
          onChange={set("expiring")}
          options={[
            [ANY, "Mọi thời hạn"],
            ["30", "Hết hạn trong 30 ngày"],
            ["90", "Hết hạn trong 90 ngày"],
          ]}
        />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Số</Table.HeaderCell>
            <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
            <Table.HeaderCell>Chủ thể</Table.HeaderCell>
            <Table.HeaderCell>Hạng</Table.HeaderCell>
            <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>{c.number}</Table.Cell>
              <Table.Cell>
                {c.product ? (
                  <a className="text-ui-fg-interactive" href={`/app/products/${c.product.id}`}>
                    {c.product.title}
                  </a>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell>{c.subject?.name ?? "—"}</Table.Cell>
              <Table.Cell className="text-amber-600">{stars(c.stars)}</Table.Cell>
              <Table.Cell>{c.valid_until}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[c.status]}>{STATUS_LABEL[c.status] ?? c.status}</Badge>
              </Table.Cell>
              <Table.Cell>
                <StatusChange certificate={c} onDone={load} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {rows.length === 0 && <Text className="px-6 py-4">Không có giấy chứng nhận nào khớp bộ lọc.</Text>}
      <Table.Pagination
        count={count}
        pageSize={PAGE}
        pageIndex={page}
        pageCount={Math.max(1, Math.ceil(count / PAGE))}
        canPreviousPage={page > 0}
        canNextPage={(page + 1) * PAGE < count}
        previousPage={() => setPage((p) => p - 1)}
        nextPage={() => setPage((p) => p + 1)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "OCOP" })

export default OcopCertificatesPage
