/**
 * The payout-account form's refusals (`POST /store/producer/payout-account`), read into a message key
 * (`ProducerStatements.problems` in messages/*.json): the API answers in English for developers, the
 * page in its own language; a refusal nobody foresaw gets a general sentence for its status. The
 * rules follow the form's order, so of several mistakes the first field's is shown first.
 */
const RULES: [RegExp, string][] = [
  [/bank_bin/, "bank"],
  [/account_number/, "account"],
  [/account_holder is (required|too short)/, "holderShort"],
  [/account_holder must be at most/, "holderLong"],
  [/account_holder must be a name/, "holderName"],
  [/^Only the producer's owner/, "ownerOnly"],
  [/^The OCOP office has suspended/, "suspended"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const PAYOUT_PROBLEMS = [...new Set(RULES.map(([, key]) => key)), "notFound", "signedOut", "failed"] as const
export const PAYOUT_DONE = ["saved"] as const

export function payoutProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}

/**
 * An account number as typed: banks print them in groups (`0123 456 789`, `0123-456-789`), while
 * the account itself is the letters and digits alone, which is what the API checks and keeps.
 */
export function typedAccountNumber(raw: string): string {
  return raw.replace(/[\s.-]+/g, "")
}
