import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { acceptPdfUpload } from "../uploads/agreement-documents"
import { readProductPhotos } from "../uploads/product-photos"
import { readReportForm } from "../uploads/report-photos"
import { readReviewForm } from "../uploads/review-photos"
import { AdminListBankTransfers } from "./admin/payments/validators"
import { AdminListAccessLog, AdminListDataRequests, AdminRunDataRequest } from "./admin/data-rights/validators"
import { StoreEraseAccount } from "./store/customers/me/validators"
import { logPersonalDataAccess } from "./guards/personal-data-access"
import { AdminApproveReview, AdminListReviews, AdminRejectReview } from "./admin/reviews/validators"
import { StoreVoteReview } from "./store/ocop/me/review-votes/validators"
import { StoreCreateReview } from "./store/ocop/me/reviews/validators"
import { StoreProductReviews } from "./store/ocop/products/[id]/reviews/validators"
import { StoreProductRatings } from "./store/ocop/ratings/validators"
import { StoreReplyToReview } from "./store/producer/reviews/validators"
import {
  AdminAcceptChangeRequest,
  AdminListChangeRequests,
  AdminListPriceChanges,
  AdminListProducers,
  AdminRestoreProducer,
  AdminReturnChangeRequest,
  AdminSuspendProducer,
} from "./admin/producers/validators"
import { accessLog } from "./access-log"
import { AdminListConsents, AdminPublishPolicyVersion, AdminSaveOperator } from "./admin/policies/validators"
import { StoreCartConsents, StoreMyConsents, StoreWithdrawConsent } from "./store/ocop/consents/validators"
import { StorePolicyQuery } from "./store/ocop/policies/validators"
import { requireOrderConsent } from "./guards/order-consent"
import { badInputErrorHandler, refuseUnstorableInput } from "./bad-input"
import { StoreOrderAccessByCart, StoreOrderAccessLookup } from "./store/ocop/order-access/validators"
import { orderAccess, returnOrderAccess } from "./guards/order-access"
import { returnsThroughTheShop } from "./guards/returns-through-the-shop"
import { readReturnForm } from "../uploads/return-photos"
import { StoreRequestReturn } from "./store/ocop/orders/[id]/returns/validators"
import { sameOriginJson } from "./guards/same-origin-json"
import { securityHeaders } from "./guards/security-headers"
import {
  throttleCounterfeitReports,
  throttleOrderLookup,
  throttlePasswordReset,
  throttleProducerInvites,
  throttleRegistration,
} from "./guards/throttle/counted-attempts"
import { throttleSignIn } from "./guards/throttle/sign-in"
import {
  AdminAddJourneyEvent,
  AdminCreateLot,
  AdminIssueSerials,
  AdminLabels,
  AdminListLots,
  AdminListReports,
  AdminReviewReport,
} from "./admin/traceability/validators"
import { StoreArrangeGallery } from "./store/producer/products/validators"
import { StoreProposeProduct } from "./store/producer/proposals/validators"
import { StoreSaveStall } from "./store/producer/stall/validators"
import { StoreAcceptInvite, StoreInviteStaff, StorePreviewInvite } from "./store/producer/validators"
import { StoreReportCounterfeit } from "./store/trace/reports/validators"
import { producerGuard } from "../access/producer"
import {
  AdminKpis,
  AdminListAgreements,
  AdminConfirmDelivery,
  AdminListBusinesses,
  AdminReleaseBusiness,
  AdminReviewBusiness,
  AdminSaveExhibitor,
  AdminSaveSalesPoint,
  AdminSaveTradeEvent,
} from "./admin/trade/validators"
import {
  StoreAnswerMeeting,
  StoreConfirmDelivery,
  StoreCreateAgreement,
  StoreListSalesPoints,
  StoreMeetingNotes,
  StoreMeetingSlots,
  StoreRecordDelivery,
  StoreRequestMeeting,
  StoreSaveBusiness,
  StoreSaveNeed,
  StoreSaveOffer,
  StoreSignAgreement,
} from "./store/trade/validators"

const body = (matcher: string, schema: Parameters<typeof validateAndTransformBody>[0]) => ({
  matcher,
  methods: ["POST" as const],
  middlewares: [validateAndTransformBody(schema)],
})
const query = (matcher: string, schema: Parameters<typeof validateAndTransformQuery>[0]) => ({
  matcher,
  methods: ["GET" as const],
  middlewares: [validateAndTransformQuery(schema, {})],
})

const WRITES = ["POST" as const, "PUT" as const, "PATCH" as const, "DELETE" as const]

export default defineMiddlewares({
  errorHandler: badInputErrorHandler(),
  routes: [
    // Every route, Medusa's too: undecodable addresses and NUL characters are 400 (docs/security.md).
    { matcher: "/", middlewares: [refuseUnstorableInput] },
    // One line per answer, without the client's address, user agent or query (src/api/access-log.ts).
    { matcher: "/", middlewares: [accessLog] },
    // Security headers on every answer, and cross-site writes refused where a session cookie
    // authenticates (docs/operations.md, "Security headers").
    { matcher: "*", middlewares: [securityHeaders] },
    { matcher: "/admin*", methods: WRITES, middlewares: [sameOriginJson] },
    // Every official's access to personal data is logged: who, what, when (docs/compliance.md).
    { matcher: "/admin*", middlewares: [logPersonalDataAccess] },
    { matcher: "/store/trade/me*", methods: WRITES, middlewares: [sameOriginJson] },
    // The producer workspace and its invitations' acceptance (both prefixes).
    { matcher: "/store/producer*", methods: WRITES, middlewares: [sameOriginJson] },
    // The shopper's own reviews and votes.
    { matcher: "/store/ocop/me*", methods: WRITES, middlewares: [sameOriginJson] },
    // A shopper's order actions (returns) with its session cookie.
    { matcher: "/store/ocop/orders*", methods: WRITES, middlewares: [sameOriginJson] },
    // Sign-in, registration and password resets are throttled per account and per address
    // (src/api/guards/throttle, docs/security.md).
    { matcher: "/auth/:actor_type/emailpass", methods: ["POST"], middlewares: [throttleSignIn] },
    { matcher: "/auth/:actor_type/emailpass/register", methods: ["POST"], middlewares: [throttleRegistration] },
    { matcher: "/store/customers", methods: ["POST"], middlewares: [throttleRegistration] },
    { matcher: "/auth/:actor_type/emailpass/reset-password", methods: ["POST"], middlewares: [throttlePasswordReset] },
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
    query("/admin/traceability/reports", AdminListReports),
    body("/admin/traceability/reports/:id", AdminReviewReport),
    {
      // Anyone may report a suspected counterfeit, so each address is counted before the photo is
      // read; a form's parts each have a limit (src/uploads/report-photos.ts), a JSON report 16 KB.
      matcher: "/store/trace/reports",
      methods: ["POST"],
      bodyParser: { sizeLimit: "16kb" },
      middlewares: [throttleCounterfeitReports, readReportForm, validateAndTransformBody(StoreReportCounterfeit)],
    },
    // Trade promotion (docs/trade.md). The business portal is for signed-in customers; every
    // route then filters by the customer's own business, so others' records are 404.
    {
      matcher: "/store/trade/me*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    // The producer workspace (docs/producers.md): the guard finds the account's membership on every
    // request (403 without one, or while an official has suspended the producer); routes act only
    // for that producer. Express's prefix match: "/store/producer" covers "/store/producer/…" only.
    {
      matcher: "/store/producer",
      middlewares: [authenticate("customer", ["session", "bearer"]), producerGuard],
    },
    // Accepting an invitation needs an account, not yet a membership.
    {
      matcher: "/store/producer-invites",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    // An order is shown only to its customer or to the holder of an order-access token for it; the
    // transfer request is Medusa's other route that answers with the order (docs/security.md).
    {
      matcher: "/store/orders/:id",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), orderAccess],
    },
    {
      // Its shipments, one per producer: read as the order itself is.
      matcher: "/store/ocop/orders/:id/shipments",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), orderAccess],
    },
    {
      matcher: "/store/orders/:id/transfer/request",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), orderAccess],
    },
    {
      // A return names its order in the body; only who may read the order may ask to return it, and
      // then through the shop's own route, with its window and the producer's decision (docs/returns.md).
      matcher: "/store/returns",
      methods: ["POST"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        returnOrderAccess,
        returnsThroughTheShop,
      ],
    },
    {
      // Its returns: read and asked for as the order itself is read; a request's photos are read
      // by multer with per-part limits after the guard, a JSON request is 16 KB at most.
      matcher: "/store/ocop/orders/:id/returns",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), orderAccess],
    },
    {
      matcher: "/store/ocop/orders/:id/returns",
      methods: ["POST"],
      bodyParser: { sizeLimit: "16kb" },
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        orderAccess,
        readReturnForm,
        validateAndTransformBody(StoreRequestReturn),
      ],
    },
    {
      matcher: "/store/ocop/orders/:id/returns/:return_id/ship-back",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), orderAccess],
    },
    body("/store/ocop/order-access", StoreOrderAccessByCart),
    {
      // Counted before validation, so malformed tries count too.
      matcher: "/store/ocop/order-access/lookup",
      methods: ["POST"],
      middlewares: [throttleOrderLookup, validateAndTransformBody(StoreOrderAccessLookup)],
    },
    query("/store/trade/sales-points", StoreListSalesPoints),
    body("/store/trade/me", StoreSaveBusiness),
    body("/store/trade/me/offers", StoreSaveOffer),
    body("/store/trade/me/offers/:id", StoreSaveOffer),
    body("/store/trade/me/needs", StoreSaveNeed),
    body("/store/trade/me/needs/:id", StoreSaveNeed),
    body("/store/trade/me/meetings", StoreRequestMeeting),
    body("/store/trade/me/meetings/:id/answer", StoreAnswerMeeting),
    body("/store/trade/me/meetings/:id/notes", StoreMeetingNotes),
    query("/store/trade/me/events/:id/slots", StoreMeetingSlots),
    body("/store/trade/me/agreements", StoreCreateAgreement),
    body("/store/trade/me/agreements/:id/sign", StoreSignAgreement),
    body("/store/trade/me/agreements/:id/deliveries", StoreRecordDelivery),
    body("/store/trade/me/agreements/:id/deliveries/:delivery_id/confirm", StoreConfirmDelivery),
    {
      matcher: "/store/trade/me/agreements/:id/documents",
      methods: ["POST"],
      // Multipart, read by multer with its own size limit; the JSON body parser stays out of it.
      bodyParser: false,
      middlewares: [acceptPdfUpload],
    },
    body("/admin/trade/sales-points", AdminSaveSalesPoint),
    body("/admin/trade/sales-points/:id", AdminSaveSalesPoint),
    body("/admin/trade/events", AdminSaveTradeEvent),
    body("/admin/trade/events/:id", AdminSaveTradeEvent),
    body("/admin/trade/events/:id/exhibitors", AdminSaveExhibitor),
    query("/admin/trade/businesses", AdminListBusinesses),
    body("/admin/trade/businesses/:id/review", AdminReviewBusiness),
    body("/admin/trade/businesses/:id/release", AdminReleaseBusiness),
    body("/admin/trade/agreements/:id/deliveries/:delivery_id/confirm", AdminConfirmDelivery),
    query("/admin/trade/agreements", AdminListAgreements),
    query("/admin/trade/kpis", AdminKpis),
    query("/admin/payments/bank-transfers", AdminListBankTransfers),
    // Data-subject rights (docs/compliance.md): the shopper's own (Medusa authenticates
    // /store/customers/me*), and an official's run of a request received by mail.
    {
      matcher: "/store/customers/me/erase",
      methods: ["POST"],
      middlewares: [sameOriginJson, validateAndTransformBody(StoreEraseAccount)],
    },
    query("/admin/data-rights/requests", AdminListDataRequests),
    body("/admin/data-rights/requests", AdminRunDataRequest),
    query("/admin/data-rights/access-log", AdminListAccessLog),
    {
      // Each invitation is an e-mail the shop sends to an address the owner types: counted per owner.
      matcher: "/store/producer/invites",
      methods: ["POST"],
      middlewares: [throttleProducerInvites, validateAndTransformBody(StoreInviteStaff)],
    },
    body("/store/producer-invites/accept", StoreAcceptInvite),
    {
      // A producer's photos (docs/producers.md): multipart, read after the producer guard by multer
      // with per-part limits, a body declaring more than the upload's limit refused unread; the
      // JSON body parser stays out of it.
      matcher: "/store/producer/products/:id/photos",
      methods: ["POST"],
      bodyParser: false,
      middlewares: [readProductPhotos],
    },
    body("/store/producer/products/:id/gallery", StoreArrangeGallery),
    body("/store/producer/proposals", StoreProposeProduct),
    body("/store/producer/stall", StoreSaveStall),
    body("/store/producer-invites/preview", StorePreviewInvite),
    // Reviews from real buyers (docs/reviews.md): the shopper's side needs an account; every route
    // puts the customer, the producer's products or the listing check in its query.
    {
      matcher: "/store/ocop/me",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      // A review with photos is multipart, each part limited (src/uploads/review-photos.ts); a JSON
      // review passes to Medusa's parser, limited to a text's size.
      matcher: "/store/ocop/me/reviews",
      methods: ["POST"],
      bodyParser: { sizeLimit: "16kb" },
      middlewares: [readReviewForm, validateAndTransformBody(StoreCreateReview)],
    },
    body("/store/ocop/me/review-votes", StoreVoteReview),
    query("/store/ocop/products/:id/reviews", StoreProductReviews),
    query("/store/ocop/ratings", StoreProductRatings),
    body("/store/producer/reviews/:id/reply", StoreReplyToReview),
    query("/admin/reviews", AdminListReviews),
    body("/admin/reviews/:id/approve", AdminApproveReview),
    body("/admin/reviews/:id/reject", AdminRejectReview),
    body("/admin/reviews/:id/reply/approve", AdminApproveReview),
    body("/admin/reviews/:id/reply/reject", AdminRejectReview),
    // Operator details, policies and consents (docs/decisions/036-policies-and-consent.md).
    {
      // An order is placed only with consent to processing recorded for it.
      matcher: "/store/carts/:id/complete",
      methods: ["POST"],
      middlewares: [requireOrderConsent],
    },
    {
      matcher: "/store/ocop/consents/me*",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    { matcher: "/store/ocop/consents/me*", methods: WRITES, middlewares: [sameOriginJson] },
    query("/store/ocop/policies/:kind", StorePolicyQuery),
    body("/store/ocop/carts/:id/consents", StoreCartConsents),
    body("/store/ocop/consents/me", StoreMyConsents),
    body("/store/ocop/consents/me/:id/withdraw", StoreWithdrawConsent),
    body("/admin/policies/operator", AdminSaveOperator),
    query("/admin/policies/consents", AdminListConsents),
    {
      // A policy's two texts: 60,000 characters each at most, in UTF-8 up to 3 bytes a character.
      matcher: "/admin/policies/versions",
      methods: ["POST"],
      bodyParser: { sizeLimit: "512kb" },
      middlewares: [validateAndTransformBody(AdminPublishPolicyVersion)],
    },
    query("/admin/producers", AdminListProducers),
    body("/admin/producers/:id/suspend", AdminSuspendProducer),
    body("/admin/producers/:id/restore", AdminRestoreProducer),
    query("/admin/producers/change-requests", AdminListChangeRequests),
    query("/admin/producers/price-changes", AdminListPriceChanges),
    body("/admin/producers/change-requests/:id/accept", AdminAcceptChangeRequest),
    body("/admin/producers/change-requests/:id/return", AdminReturnChangeRequest),
  ],
})
