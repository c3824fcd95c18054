import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import type {
  RegistryImportRun,
  RegistryImportResponse,
  RegistryRowProblem,
  RegistryRunList,
  RegistryRunView,
} from "@ocop/core"
import { useCallback, useEffect, useState } from "react"
import { sdk } from "../../../lib/sdk"

const Counts = ({ counts }: { counts: Record<string, number> | null }) => (
  <div className="flex flex-wrap gap-1">
    {Object.entries(counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([k, n]) => (
        <Badge key={k} size="2xsmall" color={k === "rejected" ? "red" : "grey"}>
          {k}: {n}
        </Badge>
      ))}
  </div>
)

const Problems = ({ errors }: { errors: RegistryRowProblem[] }) =>
  errors.length ? (
    <ul className="list-disc pl-6 text-ui-fg-error">
      {errors.map((e, i) => (
        <li key={i}>
          <Text size="small">
            {/* Row 0 is the source itself (an unreachable feed), not a line of it. */}
            {e.row ? `Dòng ${e.row}, ${e.field}: ` : `${e.field}: `}
            {e.reason}
          </Text>
        </li>
      ))}
    </ul>
  ) : null

/** Registry runs with their rejected rows, and a CSV import that previews (dry run) before applying. */
const RegistryPage = () => {
  const [runs, setRuns] = useState<RegistryRunView[]>([])
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null)
  const [preview, setPreview] = useState<RegistryImportRun | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    const res = await sdk.client.fetch<RegistryRunList>("/admin/ocop/registry/runs", { query: { limit: 20 } })
    setRuns(res.runs)
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const pick = async (file: File | undefined) => {
    setPreview(null)
    if (!file) return setCsv(null)
    if (file.size > 20 * 1024 * 1024) return toast.error("Tệp lớn hơn 20 MB")
    setCsv({ name: file.name, text: await file.text() })
  }
  const send = async (dry_run: boolean) => {
    if (!csv) return
    setBusy(true)
    try {
      const res = await sdk.client.fetch<RegistryImportResponse>("/admin/ocop/registry/import", {
        method: "POST",
        body: { csv: csv.text, dry_run },
      })
      if (dry_run) setPreview(res.run)
      else {
        toast.success("Đã nhập dữ liệu")
        setPreview(null)
        setCsv(null)
      }
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">Nhập tệp CSV từ cơ sở dữ liệu OCOP</Heading>
        <input type="file" accept=".csv,text/csv" aria-label="Tệp CSV" onChange={(e) => pick(e.target.files?.[0])} />
        <div className="flex gap-2">
          <Button size="small" variant="secondary" disabled={!csv} isLoading={busy} onClick={() => send(true)}>
            Xem trước (chạy thử)
          </Button>
          <Button size="small" disabled={!preview} isLoading={busy} onClick={() => send(false)}>
            Áp dụng
          </Button>
        </div>
        {preview && (
          <div className="flex flex-col gap-y-2">
            <Text size="small">Chạy thử {csv?.name}: các thay đổi sẽ được áp dụng như sau.</Text>
            <Counts counts={preview.counts} />
            <Problems errors={preview.errors} />
          </div>
        )}
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Các lần đồng bộ
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Bắt đầu</Table.HeaderCell>
              <Table.HeaderCell>Nguồn</Table.HeaderCell>
              <Table.HeaderCell>Kết quả</Table.HeaderCell>
              <Table.HeaderCell>Lỗi và dòng bị từ chối</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {runs.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{new Date(r.started_at).toLocaleString("vi-VN")}</Table.Cell>
                <Table.Cell>
                  {r.source}
                  {r.dry_run ? " (chạy thử)" : ""}
                </Table.Cell>
                <Table.Cell>
                  {r.status === "failed" ? (
                    <Badge color="red" size="2xsmall">
                      Thất bại
                    </Badge>
                  ) : (
                    <Counts counts={r.counts} />
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Problems errors={r.errors ?? []} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Đồng bộ OCOP" })

export default RegistryPage
