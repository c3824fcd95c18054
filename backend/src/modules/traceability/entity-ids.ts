import { randomBytes } from "node:crypto"

/** Crockford's base 32, as ULIDs (and so Medusa's ids) spell them. */
const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `count` ids in Medusa's format, `{prefix}_{ULID}`: 10 characters of time, 16 of randomness (80
 * bits). Medusa's `generateEntityId` asks the kernel for one random byte per character, which made
 * id generation most of the time spent issuing two million serials; this draws one buffer per batch.
 */
export function entityIds(prefix: string, count: number, now = Date.now()): string[] {
  let time = ""
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ENCODING[t % 32] + time
  const bytes = randomBytes(count * 16)
  const ids = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    let random = ""
    // A byte's low 5 bits are uniform over 32 values: no bias to correct.
    for (let k = 0; k < 16; k++) random += ENCODING[bytes[i * 16 + k] & 31]
    ids[i] = `${prefix}_${time}${random}`
  }
  return ids
}
