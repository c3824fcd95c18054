/**
 * The catalogue page's refusals (`POST /store/producer/products/:id`), read into a message key
 * (`ProducerCatalogue.problems` in messages/*.json): the API answers in English for developers, the
 * page in its own language; a refusal nobody foresaw gets a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/price must be above zero/, "priceNegative"],
  [/whole number of VND/, "priceFraction"],
  [/price cannot be above/, "priceTooHigh"],
  [/price must be a number/, "notNumber"],
  [/(weight|length|width|height) must be above zero/, "shelfNegative"],
  [/whole number of (grams|millimetres)/, "shelfFraction"],
  [/(weight|length|width|height) cannot be above/, "shelfTooHigh"],
  [/(weight|length|width|height) must be a number/, "notNumber"],
  [/cannot be longer than/, "tooLong"],
  [/^The OCOP office has suspended/, "suspended"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const CATALOGUE_PROBLEMS = [...RULES.map(([, key]) => key), "notFound", "signedOut", "failed"] as const
export const CATALOGUE_DONE = ["saved", "waiting"] as const

export function catalogueProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}

/**
 * A whole amount as typed: "125000", "125.000" or "125 000" (thousands grouped, as Vietnamese
 * writes prices) read as a number; anything else that reads as a number is passed as one for the
 * API to judge (a fraction, below zero); other text is passed as text, which it refuses.
 */
export function typedAmount(raw: string): number | string {
  const text = raw.trim()
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(text)) return Number(text.replace(/[.,\s]/g, ""))
  const plain = text.replace(",", ".")
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text
}
