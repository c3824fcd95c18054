/** A draft MoU or contract as a party proposes it to its counterpart. */
export type AgreementInput = {
  kind: "mou" | "contract"
  counterpart_id: string
  event_id?: string | null
  meeting_id?: string | null
  lines: { product_id: string; quantity: number; unit_price: number }[]
  term_start: string
  term_end: string
}

/** A delivery against a contract: by hand (quantity and value), or from a linked order. */
export type DeliveryInput = {
  delivered_on: string
  quantity?: number
  value?: number
  order_id?: string | null
  note?: string | null
}

/**
 * A party's (`business_id`) or an official's (`business_id` null) answer to a recorded delivery;
 * `by` is who answers, kept on the delivery.
 */
export type DeliveryConfirmationInput = {
  id: string
  delivery_id: string
  answer: "confirm" | "dispute"
  business_id: string | null
  by: string
}
