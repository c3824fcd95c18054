import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderLabelPng, renderLabelSheetPdf } from "@ocop/labels"
import { lotLabels } from "../../../../../../read-models/traceability/lot-labels"
import { resolverConfig } from "../../../../../../resolver/route"
import type { AdminLabelsType } from "../../../validators"

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "_")

/**
 * GET /admin/traceability/lots/:id/labels — the lot's labels as a print-ready A4 PDF sheet, or
 * with `format=png&serial=…` one unit's label as a PNG (the CLI `npm run labels` writes them all).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminLabelsType>, res: MedusaResponse) {
  const { format, serial } = req.validatedQuery
  if (format === "png" && !serial) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "format=png needs serial=<one serial of the lot>")
  }
  const { lot, units, code } = await lotLabels(
    req.scope,
    req.params.id,
    resolverConfig(),
    serial ? [serial] : undefined,
  )
  if (format === "png") {
    res.type("image/png").setHeader("Content-Disposition", `inline; filename="${safe(`${code}-${serial}`)}.png"`)
    res.send(await renderLabelPng(lot, units[0]))
    return
  }
  res.type("application/pdf").setHeader("Content-Disposition", `attachment; filename="labels-${safe(code)}.pdf"`)
  res.send(Buffer.from(await renderLabelSheetPdf(lot, units)))
}
