import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { DataRequestList, OfficialErasure } from "@ocop/core"
import { DATA_RIGHTS_MODULE } from "../../../../modules/data-rights"
import type DataRightsModuleService from "../../../../modules/data-rights/service"
import { isErasedEmail } from "../../../../personal-data/erased"
import { erasePersonalDataWorkflow } from "../../../../workflows/data-rights/erase-personal-data"
import { exportPersonalDataWorkflow } from "../../../../workflows/data-rights/export-personal-data"
import { sendExport } from "../../../data-rights/send-export"
import type { AdminListDataRequestsType, AdminRunDataRequestType } from "../validators"

/** GET /admin/data-rights/requests — every data-subject request, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDataRequestsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const rights = req.scope.resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE)
  const [rows, count] = await rights.listAndCountDataRequests(
    {},
    { order: { created_at: "DESC" }, take: limit, skip: offset },
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    data_requests: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      customer_id: r.customer_id,
      channel: r.channel,
      official_id: r.official_id,
      reference: r.reference,
      status: r.status,
      created_at: new Date(r.created_at).toISOString(),
      completed_at: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    })),
    count,
  } satisfies DataRequestList)
}

/**
 * POST /admin/data-rights/requests {email, kind, reference} — an official runs a request received by
 * mail for the address it came from: every customer record of that address (its account and its
 * guest checkouts) is exported into one file, or erased. The official has checked who wrote.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRunDataRequestType>, res: MedusaResponse) {
  const { email, kind, reference } = req.validatedBody
  const customers = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ email }, { select: ["id", "email"] })
  const found = customers.filter((c) => !isErasedEmail(c.email))
  if (!found.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer record has the address ${email}.`)
  const officialId = req.auth_context.actor_id
  if (kind === "export") {
    const { result } = await exportPersonalDataWorkflow(req.scope).run({
      input: { customerIds: found.map((c) => c.id), email, channel: "official", officialId, reference },
    })
    return sendExport(res, result)
  }
  const results: OfficialErasure["erasures"] = []
  for (const customer of found) {
    const { result } = await erasePersonalDataWorkflow(req.scope).run({
      input: { customerId: customer.id, email, channel: "official", officialId, reference },
    })
    results.push({ request_id: result.requestId, erased: result.erased })
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ erasures: results } satisfies OfficialErasure)
}
