/** A producer's access to the marketplace: open, or suspended by an official with a reason. */
export const PRODUCER_STATUSES = ["active", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** Who acts for a producer: its owner (the verified account) and the staff the owner invited. */
export const PRODUCER_ROLES = ["owner", "staff"] as const
export type ProducerRole = (typeof PRODUCER_ROLES)[number]

/** How long an invitation's link opens the door, and how many may wait at once per producer. */
export const PRODUCER_INVITE_LIMITS = { days: 7, pending: 20, members: 50 } as const

const SUSPENDED = "The OCOP office has suspended this producer's access: "

/** The workspace's 403 while a producer is suspended: the official's reason after a fixed sentence. */
export const producerSuspendedMessage = (reason: string) => `${SUSPENDED}${reason}`

/** The official's reason in a refusal's message, or null when the refusal is not a suspension. */
export const suspensionReasonOf = (message: string): string | null =>
  message.startsWith(SUSPENDED) ? message.slice(SUSPENDED.length) : null
