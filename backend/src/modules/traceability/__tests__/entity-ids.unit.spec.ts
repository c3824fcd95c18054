import { describe, expect, it } from "vitest"
import { entityIds } from "../entity-ids"

const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const decodeTime = (ulid: string) => [...ulid.slice(0, 10)].reduce((t, c) => t * 32 + ENCODING.indexOf(c), 0)

describe("entityIds", () => {
  it("spells Medusa's ids: the prefix, then a ULID whose time is now", () => {
    const now = Date.UTC(2026, 10, 29, 9, 30)
    const ids = entityIds("tser", 3, now)
    for (const id of ids) {
      expect(id).toMatch(/^tser_[0-9A-HJKMNP-TV-Z]{26}$/)
      expect(decodeTime(id.slice(5))).toBe(now)
    }
  })

  it("draws every id apart, with every character of the alphabet in use", () => {
    const ids = entityIds("tscan", 20_000)
    expect(new Set(ids).size).toBe(20_000)
    const seen = new Set(ids.flatMap((id) => [...id.slice(16)]))
    expect(seen.size).toBe(32)
  })
})
