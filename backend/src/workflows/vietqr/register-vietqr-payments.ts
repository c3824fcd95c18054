import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { isVietQrPaymentData, VIETQR_PROVIDER_ID } from "@ocop/core"
import { registerPaymentReferencesStep, type PaymentReferenceInput } from "./steps/register-payment-references"

type OrderPayments = {
  id: string
  payment_collections?: ({ payments?: ({ id: string; provider_id: string; data?: unknown } | null)[] | null } | null)[]
}

/** On `order.placed`: remembers which payment each VietQR reference of the order belongs to. */
export const registerVietQrPaymentsWorkflow = createWorkflow(
  "register-vietqr-payments",
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.data",
      ],
      filters: { id: input.order_id },
    })
    const refs = transform({ orders }, ({ orders }) =>
      (orders as OrderPayments[]).flatMap((order) =>
        (order.payment_collections ?? []).flatMap((pc) =>
          (pc?.payments ?? []).flatMap((p): PaymentReferenceInput[] =>
            p && p.provider_id === VIETQR_PROVIDER_ID && isVietQrPaymentData(p.data)
              ? [{ reference: p.data.reference, payment_id: p.id, order_id: order.id }]
              : [],
          ),
        ),
      ),
    )
    return new WorkflowResponse(registerPaymentReferencesStep(refs))
  },
)
