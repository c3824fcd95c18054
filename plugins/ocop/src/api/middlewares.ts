import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminChangeCertificateStatus, AdminListCertificates } from "./admin/ocop/certificates/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/ocop/certificates",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertificates, {})],
    },
    {
      matcher: "/admin/ocop/certificates/:id/status",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminChangeCertificateStatus)],
    },
  ],
})
