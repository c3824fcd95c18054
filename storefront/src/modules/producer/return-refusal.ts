/**
 * The return pages' refusals (`POST /store/producer/returns/:id/…`), read into a message key
 * (`ProducerReturns.problems` in messages/*.json): the API answers in English for developers, the
 * page in its own language; a refusal nobody foresaw gets a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/reason must be at most/, "reasonLong"],
  [/reason is required|reason must say why/, "reasonShort"],
  [/note must be|note: /, "noteLong"],
  // Accepting needs the order's money received: an official records the cash or the transfer first.
  [/payment is not recorded as received yet/, "notCaptured"],
  // Another member, or an official, moved the return first: the page shows its state now.
  [/^This return is [\w ]+: it cannot be/, "moved"],
  [/^The OCOP office has suspended/, "suspended"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const RETURN_PROBLEMS = [...RULES.map(([, key]) => key), "notFound", "signedOut", "failed"] as const
export const RETURN_DONE = ["accepted", "refused", "received"] as const

export function returnProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}
