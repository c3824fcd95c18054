/**
 * The producer workspace's refusals, read into a message key (`ProducerWorkspace.problems` in
 * messages/*.json). The API answers in English for developers; the page says it in its own language,
 * and a refusal nobody foresaw gets a general sentence for its status.
 */
const RULES: [RegExp, string][] = [
  [/email is not an e-mail address|field 'email'/i, "emailInvalid"],
  [/^email already acts for this producer/, "alreadyMember"],
  [/invitations may wait at once/, "tooManyInvites"],
  [/has at most \d+ members/, "tooManyMembers"],
  [/^Only the producer's owner/, "ownerOnly"],
  [/^The owner cannot be removed/, "ownerStays"],
  [/sent to another e-mail address/, "wrongAccount"],
  [/has been used already/, "used"],
  [/was revoked/, "revoked"],
  [/has expired/, "expired"],
  [/^This invitation link is not valid/, "invalidLink"],
  [/already acts for another producer/, "otherProducer"],
  [/already acts for this producer/, "alreadyJoined"],
]

/** Every key a refusal can be given, for the messages' completeness test. */
export const PRODUCER_PROBLEMS = [
  ...RULES.map(([, key]) => key),
  "notFound",
  "signedOut",
  "failed",
  "rulesRequired",
] as const

export function producerProblem({ status, message }: { status: number; message: string }): string {
  const rule = RULES.find(([match]) => match.test(message))
  if (rule) return rule[1]
  if (status === 404) return "notFound"
  if (status === 401) return "signedOut"
  return "failed"
}

/** A `?problem=` or `?done=` value from the address, kept only if the page knows it. */
export function knownKey(raw: unknown, keys: readonly string[]): string | null {
  return typeof raw === "string" && keys.includes(raw) ? raw : null
}

export const PRODUCER_DONE = ["invited", "revoked", "removed", "joined"] as const
