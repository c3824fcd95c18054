import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { STORE_OCOP_FIELDS } from "@ocop/core"
import { AdminChangeCertificateStatus, AdminListCertificates } from "./admin/ocop/certificates/validators"
import { AdminImportCsv, AdminListRuns, AdminSyncRegistry } from "./admin/ocop/registry/validators"
import { AdminListSubjects } from "./admin/ocop/subjects/validators"

export default defineMiddlewares({
  routes: [
    {
      // Store product routes allow only listed fields; the OCOP facts a shopper sees are added
      // field by field (never a whole relation, which would carry the producer's e-mail).
      matcher: "/store/products*",
      middlewares: [
        (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
          ;(req.allowed ??= []).push(...STORE_OCOP_FIELDS)
          next()
        },
      ],
    },
    {
      matcher: "/admin/ocop/certificates",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertificates, {})],
    },
    {
      matcher: "/admin/ocop/subjects",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListSubjects, {})],
    },
    {
      matcher: "/admin/ocop/certificates/:id/status",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminChangeCertificateStatus)],
    },
    {
      matcher: "/admin/ocop/registry/import",
      methods: ["POST"],
      // A national export of ~20k certificates is a few MB of CSV.
      bodyParser: { sizeLimit: "21mb" },
      middlewares: [validateAndTransformBody(AdminImportCsv)],
    },
    {
      matcher: "/admin/ocop/registry/sync",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSyncRegistry)],
    },
    {
      matcher: "/admin/ocop/registry/runs",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListRuns, {})],
    },
  ],
})
