import { describe, expect, it } from "vitest"
import { safeNextPath, signInPath } from "../next-path"

describe("the path a visitor returns to after signing in", () => {
  it("finding 8: keeps a path on this site, with its query", () => {
    expect(safeNextPath("/vi/account/business/needs")).toBe("/vi/account/business/needs")
    expect(safeNextPath("/en/account/business/meetings/new?event=tev_1&counterpart=biz_2")).toBe(
      "/en/account/business/meetings/new?event=tev_1&counterpart=biz_2",
    )
  })

  it("finding 8: refuses any other site, however it is written", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/vi\\..\\evil",
      "javascript:alert(1)",
      "evil.example/vi",
      "/\t/evil.example",
      "/\n/evil.example",
      " /vi/account",
      "",
      "/".repeat(1) + "x".repeat(2001),
      undefined,
      ["/vi/account"],
    ])
      expect([raw, safeNextPath(raw)]).toEqual([raw, null])
  })

  it("finding 8: sends to the sign-in page with the way back, or without one when it is not local", () => {
    expect(signInPath("vi", "/vi/account/business/needs")).toBe("/vi/account?next=%2Fvi%2Faccount%2Fbusiness%2Fneeds")
    expect(signInPath("en", "//evil.example")).toBe("/en/account")
  })
})
