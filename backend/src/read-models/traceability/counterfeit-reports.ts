import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  sent,
  SERIAL_SCANS_SHOWN,
  type CloneReason,
  type CounterfeitReportDetail,
  type CounterfeitReportList,
  type CounterfeitReportView,
  type ReportStatus,
} from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../modules/traceability/name"
import type TraceabilityModuleService from "../../modules/traceability/service"

const REPORT_FIELDS = [
  "id",
  "code_path",
  "token_state",
  "product_id",
  "lot_id",
  "serial_id",
  "reason",
  "details",
  "place",
  "contact",
  "photo_file_id",
  "locale",
  "status",
  "official_note",
  "created_at",
  "closed_at",
]

type ReportRow = Awaited<ReturnType<TraceabilityModuleService["listCounterfeitReports"]>>[number]
type Products = Map<string, { title: string; handle: string }>

const service = (container: MedusaContainer): TraceabilityModuleService => container.resolve(TRACEABILITY_MODULE)

/** Titles and handles of the reported products, one query for a page of reports. */
async function productsOf(container: MedusaContainer, ids: string[]): Promise<Products> {
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(data.map((p) => [p.id, { title: p.title, handle: p.handle }]))
}

/** A report as officials read it; its photo is streamed by its own route. */
function reportView(row: ReportRow, products: Products): CounterfeitReportView {
  const { photo_file_id, token_state, ...fields } = row
  return sent({
    id: fields.id,
    code_path: fields.code_path,
    // Written from the resolver's verdict on the code's signature, one of these four.
    token_state: token_state as CounterfeitReportView["token_state"],
    product_id: fields.product_id,
    product: products.get(fields.product_id) ?? null,
    lot_id: fields.lot_id,
    serial_id: fields.serial_id,
    reason: fields.reason,
    details: fields.details,
    place: fields.place,
    contact: fields.contact,
    locale: fields.locale,
    status: fields.status,
    official_note: fields.official_note,
    photo_url: photo_file_id ? `/admin/traceability/reports/${fields.id}/photo` : null,
    created_at: fields.created_at,
    closed_at: fields.closed_at,
  })
}

/** Reports, newest first, optionally of one status. */
export async function listReports(
  container: MedusaContainer,
  { status, limit, offset }: { status?: ReportStatus; limit: number; offset: number },
): Promise<CounterfeitReportList> {
  const [rows, count] = await service(container).listAndCountCounterfeitReports(status ? { status } : {}, {
    select: REPORT_FIELDS,
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  const products = await productsOf(
    container,
    rows.map((r) => r.product_id),
  )
  return { reports: rows.map((r) => reportView(r, products)), count, limit, offset }
}

async function findReport(container: MedusaContainer, id: string): Promise<ReportRow> {
  const [row] = await service(container).listCounterfeitReports({ id }, { select: REPORT_FIELDS })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No report with id ${id}`)
  return row
}

/** One report as officials read it. */
export async function reportById(container: MedusaContainer, id: string): Promise<CounterfeitReportView> {
  const row = await findReport(container, id)
  return reportView(row, await productsOf(container, [row.product_id]))
}

/**
 * A report with, when it names a registered serial, that serial's counters and clone flags and its
 * scans, newest first: whether the package was scanned elsewhere before the visitor bought it.
 */
export async function reportDetail(container: MedusaContainer, id: string): Promise<CounterfeitReportDetail> {
  const report = await reportById(container, id)
  if (!report.serial_id) return { report, serial: null, scans: [] }
  const trace = service(container)
  const [[serial], scans] = await Promise.all([
    trace.listSerials(
      { id: report.serial_id },
      {
        select: ["id", "serial", "scan_count", "first_scanned_at", "last_scanned_at", "clone_reasons", "flagged_at"],
      },
    ),
    trace.listScans(
      { serial_id: report.serial_id },
      {
        select: ["scanned_at", "lat", "lon", "country", "device", "verdict"],
        take: SERIAL_SCANS_SHOWN,
        order: { scanned_at: "DESC" },
      },
    ),
  ])
  return {
    report,
    serial: serial ? sent({ ...serial, clone_reasons: serial.clone_reasons as CloneReason[] | null }) : null,
    scans: scans.map((s) => sent(s)),
  }
}

/** Streams a report's photo to an official; a report without one is a 404. */
export async function sendReportPhoto(container: MedusaContainer, id: string, res: MedusaResponse) {
  const row = await findReport(container, id)
  if (!row.photo_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report ${id} has no photo`)
  const stream = await container.resolve(Modules.FILE).getDownloadStream(row.photo_file_id)
  res.setHeader("Content-Type", "image/webp")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
