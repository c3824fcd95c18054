import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { exportPersonalDataWorkflow } from "../../../../../workflows/data-rights/export-personal-data"
import { sendExport } from "../../../../data-rights/send-export"

/**
 * GET /store/customers/me/data — the signed-in shopper's copy of everything the shop holds about its
 * account, as one JSON file (docs/compliance.md). Never cached anywhere.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const { result } = await exportPersonalDataWorkflow(req.scope).run({
    input: { customerIds: [customerId], email: customer.email, channel: "self" },
  })
  sendExport(res, result)
}
