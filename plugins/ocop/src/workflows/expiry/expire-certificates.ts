import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATION_CHANGED_EVENT, CertificateEvents, messageLanguage, RENEWAL_DUE_NOTIFICATION } from "@ocop/core"
import { applyListingRuleWorkflow } from "../listing/apply-listing-rule"
import { findCertificatesDueStep } from "./steps/find-certificates-due"
import { findStaleExpiredListingsStep } from "./steps/find-stale-expired-listings"
import { markCertificatesExpiredStep } from "./steps/mark-certificates-expired"
import { OcopWorkflowIds } from "../ids"

export type ExpireCertificatesInput = { at?: string; office_email: string }

/**
 * The daily pass: certificates past their last day expire (and their products
 * leave the shelf), and those inside the renewal-notice window get one notice
 * each (the idempotency key makes reruns send nothing twice). Products a killed pass left on sale
 * behind certificates it had already expired are taken off the shelf by the next pass.
 */
export const expireCertificatesWorkflow = createWorkflow(
  OcopWorkflowIds.expireCertificates,
  (input: ExpireCertificatesInput) => {
    const due = findCertificatesDueStep({ at: input.at })
    const relisted = findStaleExpiredListingsStep()
    const expiredIds = transform({ due }, ({ due }) => due.expired.map((c) => c.id))
    markCertificatesExpiredStep(expiredIds)
    const productIds = transform({ due, relisted }, ({ due, relisted }) => [
      ...new Set([...due.expired.flatMap((c) => c.product_ids), ...relisted]),
    ])
    applyListingRuleWorkflow.runAsStep({ input: { product_ids: productIds } })
    const events = transform({ due }, ({ due }) =>
      due.expired.map((c) => ({ certificate_number: c.number, product_ids: c.product_ids, listing_applied: true })),
    )
    emitEventStep({ eventName: CertificateEvents.EXPIRED, data: events })
    emitEventStep({
      eventName: CERTIFICATION_CHANGED_EVENT,
      data: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
    }).config({ name: "emit-certification-changed" })
    const notices = transform({ due, input }, ({ due, input }) =>
      due.renewal.map((c) => ({
        to: c.subject_email ?? input.office_email,
        channel: "email",
        template: "ocop-renewal-notice",
        trigger_type: RENEWAL_DUE_NOTIFICATION,
        resource_id: c.id,
        resource_type: "ocop_certificate",
        idempotency_key: `ocop-renewal-${c.number}-${c.valid_until}`,
        data: {
          // The producer's or office's language is not recorded: the shop's rule writes Vietnamese.
          lang: messageLanguage(),
          certificate_number: c.number,
          valid_until: c.valid_until,
          products: c.product_titles,
          subject: c.subject_name,
        },
      })),
    )
    sendNotificationsStep(notices)
    return new WorkflowResponse({ expired: due.expired, notified: due.renewal, relisted })
  },
)
