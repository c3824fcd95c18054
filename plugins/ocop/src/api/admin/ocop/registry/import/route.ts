import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { RegistryImportResponse } from "@ocop/core"
import { CsvError, csvToRows } from "../../../../../registry/csv"
import { importCertificatesWorkflow } from "../../../../../workflows/registry/import-certificates"
import type { AdminImportCsvType } from "../validators"

/** POST /admin/ocop/registry/import — a registry CSV export; `dry_run` reports the changes without applying them. */
export async function POST(req: AuthenticatedMedusaRequest<AdminImportCsvType>, res: MedusaResponse) {
  let rows: Record<string, unknown>[]
  try {
    rows = csvToRows(req.validatedBody.csv).rows
  } catch (err) {
    if (err instanceof CsvError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `CSV: ${err.message}`)
    throw err
  }
  const { result } = await importCertificatesWorkflow(req.scope).run({
    input: { rows, source: "csv", dry_run: req.validatedBody.dry_run, first_row: 2 },
  })
  res.json({ run: result } satisfies RegistryImportResponse)
}
