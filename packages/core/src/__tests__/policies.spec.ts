import { describe, expect, it } from "vitest"
import { currentVersion, parsePolicyText, policyKindOfSlug, POLICY_KINDS, POLICY_SLUGS } from "../policies"

describe("policy texts", () => {
  it("reads headings, paragraphs and lists, and keeps markup as plain text", () => {
    const blocks = parsePolicyText(
      "# Điều 1\nDòng một\ndòng hai\n\n- mục <b>một</b>\n- mục hai\nĐoạn sau danh sách\r\n# Cuối",
    )
    expect(blocks).toEqual([
      { type: "heading", text: "Điều 1" },
      { type: "paragraph", text: "Dòng một dòng hai" },
      { type: "list", items: ["mục <b>một</b>", "mục hai"] },
      { type: "paragraph", text: "Đoạn sau danh sách" },
      { type: "heading", text: "Cuối" },
    ])
    expect(parsePolicyText("  \n\n")).toEqual([])
  })

  it("gives each kind one address and finds the kind back from it", () => {
    for (const kind of POLICY_KINDS) expect(policyKindOfSlug(POLICY_SLUGS[kind])).toBe(kind)
    expect(policyKindOfSlug("privacy_policy")).toBeNull()
  })
})

describe("the version in force", () => {
  const v = (id: string, effective_at: string, published_at = effective_at) => ({ id, effective_at, published_at })
  const now = new Date("2026-06-01T00:00:00Z")

  it("is the latest effective one; a later date waits; a same-day republication wins", () => {
    expect(currentVersion([v("a", "2026-01-01"), v("b", "2026-05-01"), v("c", "2026-07-01")], now)?.id).toBe("b")
    expect(currentVersion([v("a", "2026-05-01", "2026-05-01"), v("b", "2026-05-01", "2026-05-02")], now)?.id).toBe("b")
    expect(currentVersion([v("c", "2026-07-01")], now)).toBeNull()
    expect(currentVersion([], now)).toBeNull()
  })
})
