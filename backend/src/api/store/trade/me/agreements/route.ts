import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementList, AgreementResponse } from "@ocop/core"
import { requireBusiness } from "../../../../../access/trade"
import { agreementView, findAgreement, listAgreementsOf } from "../../../../../read-models/trade/agreements"
import { createAgreementWorkflow } from "../../../../../workflows/trade/agreements/create-agreement"
import type { StoreCreateAgreementType } from "../../validators"

/** GET /store/trade/me/agreements — the MoUs and contracts the business is a party to. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = await requireBusiness(req)
  const agreements = await listAgreementsOf(req.scope, me.id)
  res.json({
    agreements: await Promise.all(agreements.map((a) => agreementView(req.scope, a, me.id))),
  } satisfies AgreementList)
}

/** POST /store/trade/me/agreements — a draft MoU or contract with a counterpart, for both to sign. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateAgreementType>, res: MedusaResponse) {
  const me = await requireBusiness(req, { verified: true })
  const { result } = await createAgreementWorkflow(req.scope).run({
    input: { business_id: me.id, agreement: req.validatedBody },
  })
  res.status(201).json({
    agreement: await agreementView(req.scope, await findAgreement(req.scope, result.id, me.id), me.id),
  } satisfies AgreementResponse)
}
