import { describe, expect, it } from "vitest"
import { urlValues } from "../url-values"

describe("catalogue URL values", () => {
  it("finding 9: drops NUL and other control characters, so ?q=%00 is no query at all", () => {
    expect(urlValues(new URLSearchParams("q=%00").get("q")!)).toEqual([])
    expect(urlValues(["a\u0000b", "\u0007", "nước mắm"])).toEqual(["ab", "nước mắm"])
    // Bad percent-encoding reaches the page already decoded, as replacement characters.
    expect(urlValues(new URLSearchParams("q=%ff%fe").get("q")!)).toEqual(["\ufffd\ufffd"])
    expect(urlValues(undefined)).toEqual([])
  })
})
