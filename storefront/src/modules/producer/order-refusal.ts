/**
 * The order pages' refusals (`POST /store/producer/orders/:id/…`), read into a message key
 * (`ProducerOrders.problems` in messages/*.json): the API answers in English for developers, the page
 * in its own language; a refusal nobody foresaw gets a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/carrier must be one of/, "carrier"],
  [/tracking_number/, "tracking"],
  [/reason must be at most/, "reasonLong"],
  [/reason is required|reason must say why/, "reasonShort"],
  [/a line can be cancelled only before it is shipped/, "lineShipped"],
  [/This line is cancelled already/, "lineCanceled"],
  [/Every line of this order is cancelled/, "allCanceled"],
  // Another member moved the part first (two phones, one order): the page shows its state now.
  [/^This order is \w+: it cannot be/, "moved"],
  [/^The OCOP office has suspended/, "suspended"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const ORDER_PROBLEMS = [...RULES.map(([, key]) => key), "notFound", "signedOut", "failed"] as const
export const ORDER_DONE = ["confirmed", "shipped", "delivered", "lineCanceled"] as const

export function orderProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}
