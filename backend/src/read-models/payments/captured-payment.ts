import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type CapturedPayment = { id: string; provider_id: string; data: Record<string, unknown> | null }

/**
 * The order's captured payment, the one a refund goes back through (Medusa's refund), or null
 * while nothing has been captured (cash not yet recorded, a transfer not yet arrived).
 */
export async function capturedPayment(
  container: Pick<MedusaContainer, "resolve">,
  orderId: string,
): Promise<CapturedPayment | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: orderId },
  })
  type Payment = CapturedPayment & { captured_at: unknown }
  type Row = { payment_collections?: { payments?: Payment[] }[] }
  const captured = ((data[0] as Row | undefined)?.payment_collections ?? [])
    .flatMap((c) => c.payments ?? [])
    .find((p) => p.captured_at)
  return captured ? { id: captured.id, provider_id: captured.provider_id, data: captured.data } : null
}
