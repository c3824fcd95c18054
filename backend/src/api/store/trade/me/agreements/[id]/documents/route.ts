import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../../../access/trade"
import { agreementView, findAgreement } from "../../../../../../../read-models/trade/agreements"
import { documentFilename } from "../../../../../../../uploads/agreement-documents"
import { attachAgreementDocumentWorkflow } from "../../../../../../../workflows/trade/agreements/attach-agreement-document"

type Upload = { file: { originalname: string; buffer: Buffer; size: number } }

/**
 * POST /store/trade/me/agreements/:id/documents — attaches a PDF (multipart field `file`, checked
 * by `acceptPdfUpload`), stored privately and served only to the parties and officials.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const agreement = await findAgreement(req.scope, req.params.id, me.id)
  const { file } = req as unknown as Upload
  await attachAgreementDocumentWorkflow(req.scope).run({
    input: {
      id: agreement.id,
      uploaded_by: me.id,
      filename: documentFilename(file.originalname),
      content: file.buffer.toString("base64"),
      size: file.size,
    },
  })
  res.status(201).json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, agreement.id, me.id), me.id),
  } satisfies AgreementResponse)
}
