/**
 * What an erased person's fields become. The e-mail stays unique per customer (Medusa's customer
 * table keeps one account per address) and is in a reserved domain (RFC 2606) no mail reaches.
 */
export const erasedEmail = (customerId: string) => `erased-${customerId}@erased.invalid`

/** True when this address is one an erasure wrote: the person is gone. */
export const isErasedEmail = (email: string | null | undefined) => !!email && email.endsWith("@erased.invalid")
