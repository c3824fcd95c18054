/**
 * The reviews' refusals, read into message keys (`Reviews.problems` in messages/*.json): the API
 * answers in English for developers, the pages in their own language; a refusal nobody foresaw gets
 * a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/larger than/, "tooLarge"],
  [/not an image/, "notImage"],
  [/up to \d+ photos/, "tooManyPhotos"],
  [/not been delivered/, "notDelivered"],
  [/already been reviewed/, "reviewed"],
  [/'rating'|rating/, "rating"],
  [/'text'.*small|at least \d+ characters/, "short"],
  [/'text'.*big|at most \d+ characters/, "long"],
  [/already marked this review/, "voted"],
  [/own review/, "ownReview"],
  [/already has the producer's reply/, "replied"],
  [/reply was rejected twice/, "replyRejectedTwice"],
  [/'text'|reply is empty/, "replyText"],
]

export const REVIEW_PROBLEMS = [...new Set([...RULES.map(([, key]) => key), "notFound", "signedOut", "failed"])]
export const REVIEW_DONE = ["sent", "voted", "replied"] as const

export function reviewProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}
