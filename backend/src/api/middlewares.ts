import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminAddJourneyEvent,
  AdminCreateLot,
  AdminIssueSerials,
  AdminLabels,
  AdminListLots,
} from "./admin/traceability/validators"

export default defineMiddlewares({
  routes: [
    {
      // The bank signs the bytes it sends; the route verifies them, so they are kept as received.
      matcher: "/hooks/vietqr",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true, sizeLimit: "64kb" },
    },
    {
      matcher: "/admin/traceability/lots",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListLots, {})],
    },
    {
      matcher: "/admin/traceability/lots",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateLot)],
    },
    {
      matcher: "/admin/traceability/lots/:id/events",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminAddJourneyEvent)],
    },
    {
      matcher: "/admin/traceability/lots/:id/serials",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminIssueSerials)],
    },
    {
      matcher: "/admin/traceability/lots/:id/labels",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminLabels, {})],
    },
  ],
})
