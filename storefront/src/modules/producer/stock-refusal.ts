/**
 * The stock page's refusals (`POST /store/producer/stock`), read into a message key
 * (`ProducerStock.problems` in messages/*.json): the API answers in English for developers, the page
 * in its own language; a refusal nobody foresaw gets a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/cannot be below zero/, "negative"],
  [/must be a whole number/, "fraction"],
  [/cannot be above/, "tooMany"],
  [/must be a number/, "notNumber"],
  [/own warehouse only/, "salesPoint"],
  [/does not count stock for this variant/, "notCounted"],
  [/^The OCOP office has suspended/, "suspended"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const STOCK_PROBLEMS = [...RULES.map(([, key]) => key), "notFound", "signedOut", "failed"] as const
export const STOCK_DONE = ["saved"] as const

export function stockProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}

/**
 * A quantity as typed in the form: a number when it reads as one (the API then judges it: below
 * zero, a fraction, too many), else the text itself, which the API refuses as not a number.
 */
export function typedQuantity(raw: string): number | string {
  const text = raw.trim().replace(",", ".")
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
}
