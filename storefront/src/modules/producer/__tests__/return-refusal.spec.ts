import { describe, expect, it } from "vitest"
import { RETURN_REASONS, RETURN_STATUSES } from "@ocop/core"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { RETURN_DONE, RETURN_PROBLEMS, returnProblem } from "../return-refusal"

describe("the return pages' refusals", () => {
  it("reads the API's refusals of a decision into sentences the page has in both languages", () => {
    const invalid = (m: string) => returnProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("reason: reason must say why, in at least 3 characters")).toBe("reasonShort")
    expect(invalid("reason: reason is required")).toBe("reasonShort")
    expect(invalid("reason: reason must be at most 1000 characters")).toBe("reasonLong")
    expect(invalid("note: Too big: expected string to have <=1000 characters")).toBe("noteLong")
    const conflict = (message: string) => returnProblem({ status: 409, message })
    // Two members (or a member and an official) at once: the second is told the state it found.
    expect(conflict("This return is shipped back: it cannot be accepted now")).toBe("moved")
    expect(conflict("This return is refused: it cannot be received now")).toBe("moved")
    expect(
      conflict("The order's payment is not recorded as received yet: an official captures it before accepting"),
    ).toBe("notCaptured")
    expect(returnProblem({ status: 403, message: "The OCOP office has suspended this producer: audit" })).toBe(
      "suspended",
    )
    expect(returnProblem({ status: 404, message: "No such return" })).toBe("notFound")
    expect(returnProblem({ status: 401, message: "Unauthorized" })).toBe("signedOut")
    expect(returnProblem({ status: 500, message: "boom" })).toBe("failed")
  })

  it("has every refusal, confirmation, state and reason in Vietnamese and English", () => {
    for (const messages of [vi, en]) {
      const page = messages.ProducerReturns as unknown as Record<string, Record<string, string>>
      for (const key of RETURN_PROBLEMS) expect(page.problems[key], key).toBeTruthy()
      for (const key of RETURN_DONE) expect(page.done[key], key).toBeTruthy()
      for (const key of RETURN_STATUSES) expect(page.statuses[key], key).toBeTruthy()
      for (const key of RETURN_REASONS) expect(page.reasons[key], key).toBeTruthy()
    }
  })
})
