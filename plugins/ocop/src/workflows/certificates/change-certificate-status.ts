import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { applyListingRuleWorkflow } from "../listing/apply-listing-rule"
import { CERTIFICATION_CHANGED_EVENT, CertificateEvents } from "@ocop/core"
import { updateCertificateStatusStep, type StatusChange } from "./steps/update-certificate-status"
import { OcopWorkflowIds } from "../ids"

const EVENT_BY_STATUS = {
  revoked: CertificateEvents.REVOKED,
  suspended: CertificateEvents.SUSPENDED,
  active: CertificateEvents.REINSTATED,
} as const

/**
 * An official revokes, suspends or reinstates a certificate (each with a decision).
 * Listing follows at once in the same workflow, so the product is off the shelf
 * when the official's request returns; the event tells everyone else.
 */
export const changeCertificateStatusWorkflow = createWorkflow(
  OcopWorkflowIds.changeCertificateStatus,
  (input: StatusChange) => {
    const certificate = updateCertificateStatusStep(input)
    const { data: links } = useQueryGraphStep({
      entity: "certificate",
      fields: ["id", "product.id"],
      filters: { id: input.id },
    })
    const productIds = transform({ links }, ({ links }) =>
      links.flatMap((l: { product?: { id: string } | null }) => (l.product ? [l.product.id] : [])),
    )
    applyListingRuleWorkflow.runAsStep({ input: { product_ids: productIds } })
    const event = transform({ input, productIds, certificate }, ({ input, productIds, certificate }) => ({
      eventName: EVENT_BY_STATUS[input.status],
      data: { certificate_number: certificate.number, product_ids: productIds, listing_applied: true },
    }))
    emitEventStep(event)
    emitEventStep({
      eventName: CERTIFICATION_CHANGED_EVENT,
      data: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
    }).config({ name: "emit-certification-changed" })
    return new WorkflowResponse(certificate)
  },
)
