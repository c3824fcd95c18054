/**
 * Reviews and releases run one at a time: the checks that an OCOP subject or a tax code has no
 * other verified account, and the write that verifies this one, must not interleave with another
 * review. One key for all of them (they are rare, and the locking module takes several keys one by
 * one, not atomically).
 */
export const businessReviewLock = { key: "trade-business-review", timeout: 30, ttl: 60 }
