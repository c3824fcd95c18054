import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReportSentResponse } from "@ocop/core"
import { resolverConfig } from "../../../../resolver/route"
import { resolveCode } from "../../../../resolver/resolve"
import { reportPhoto, reportPhotoWebp } from "../../../../uploads/report-photos"
import { createCounterfeitReportWorkflow } from "../../../../workflows/traceability/create-counterfeit-report"
import type { StoreReportCounterfeitType } from "./validators"

/**
 * POST /store/trace/reports — a visitor reports a suspected counterfeit from the scan page: no
 * account, throttled per address, a photo optional (multipart `photo`, or JSON without one). The
 * code must name a product of the marketplace; the report keeps what the resolver found for it,
 * and nothing about where the request came from.
 */
export async function POST(req: MedusaRequest<StoreReportCounterfeitType>, res: MedusaResponse) {
  const { code, s, ...said } = req.validatedBody
  const found = await resolveCode(req.scope, code, s || null, resolverConfig())
  if (found.kind === "invalid") throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: ${found.reason}`)
  if (found.kind === "unknown_product") throw new MedusaError(MedusaError.Types.NOT_FOUND, found.reason)
  const photo = reportPhoto(req)
  const webp = photo ? await reportPhotoWebp(photo) : null
  const { result } = await createCounterfeitReportWorkflow(req.scope).run({
    input: {
      report: {
        ...said,
        code_path: found.requested,
        token_state: found.token,
        product_id: found.product.id,
        lot_id: found.lot?.id ?? null,
        serial_id: found.serialId,
      },
      photo: webp?.toString("base64") ?? null,
    },
  })
  res.status(201).json({ report: { id: result.id } } satisfies ReportSentResponse)
}
