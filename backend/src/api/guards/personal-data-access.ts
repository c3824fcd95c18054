import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { DATA_RIGHTS_MODULE } from "../../modules/data-rights"
import type DataRightsModuleService from "../../modules/data-rights/service"

/**
 * The admin routes that show or change a person's data: customers, orders and what hangs on them,
 * payments, producers' members, businesses and their agreements, visitors' counterfeit reports,
 * data-subject requests. Medusa's and the shop's own.
 */
const PERSONAL_DATA = [
  /^\/admin\/customers(\/|$)/,
  /^\/admin\/customer-groups\/[^/]+\/customers/,
  /^\/admin\/orders(\/|$)/,
  /^\/admin\/draft-orders(\/|$)/,
  /^\/admin\/order-edits(\/|$)/,
  /^\/admin\/returns(\/|$)/,
  /^\/admin\/return-requests(\/|$)/,
  /^\/admin\/claims(\/|$)/,
  /^\/admin\/exchanges(\/|$)/,
  /^\/admin\/payments(\/|$)/,
  /^\/admin\/payment-collections(\/|$)/,
  /^\/admin\/producers(\/|$)/,
  /^\/admin\/trade\/businesses(\/|$)/,
  /^\/admin\/trade\/agreements(\/|$)/,
  /^\/admin\/traceability\/reports(\/|$)/,
  /^\/admin\/data-rights\/requests(\/|$)/,
  /^\/admin\/notifications(\/|$)/,
]

export const touchesPersonalData = (path: string) => PERSONAL_DATA.some((p) => p.test(path))

/**
 * Logs every official's access to personal data (who, what, when) once the answer is sent, when
 * Medusa's authentication has named the official. The path is kept, not the query: a search may
 * carry a name or an address. Writing the entry never delays or fails the answer.
 */
export function logPersonalDataAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  if (touchesPersonalData(path)) {
    res.on("finish", () => {
      const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
      if (auth?.actor_type !== "user" || !auth.actor_id) return
      req.scope
        .resolve<DataRightsModuleService>(DATA_RIGHTS_MODULE)
        .createPersonalDataAccesses({ actor_id: auth.actor_id, method: req.method, path, status: res.statusCode })
        .catch((e: Error) => req.scope.resolve("logger").warn(`personal data access not logged: ${e.message}`))
    })
  }
  next()
}
