import { describe, expect, it } from "vitest"
import vi from "../../../../messages/vi.json"
import en from "../../../../messages/en.json"
import { PAYOUT_DONE, PAYOUT_PROBLEMS, payoutProblem, typedAccountNumber } from "../payout-refusal"

describe("the payout-account form's refusals", () => {
  it("reads the API's refusals into sentences the page has in both languages", () => {
    const invalid = (m: string) => payoutProblem({ status: 400, message: `Invalid request: ${m}` })
    expect(invalid("bank_bin: bank_bin must be the bank's 6-digit code")).toBe("bank")
    expect(invalid("bank_bin: bank_bin is not a bank the shop knows")).toBe("bank")
    expect(invalid("account_number: account_number must be 4 to 19 letters or digits")).toBe("account")
    expect(invalid("account_holder: account_holder is too short")).toBe("holderShort")
    expect(invalid("account_holder: account_holder must be at most 100 characters")).toBe("holderLong")
    expect(invalid("account_holder: account_holder must be a name: letters, spaces, dots, apostrophes or dashes")).toBe(
      "holderName",
    )
    // Of several mistakes, the first field's.
    expect(
      invalid("account_number: account_number must be 4 to 19 letters or digits; bank_bin: bank_bin is required"),
    ).toBe("bank")
    expect(payoutProblem({ status: 403, message: "Only the producer's owner can invite or remove staff" })).toBe(
      "ownerOnly",
    )
    expect(
      payoutProblem({ status: 403, message: "The OCOP office has suspended this producer's access: giấy tờ" }),
    ).toBe("suspended")
    expect(payoutProblem({ status: 401, message: "Unauthorized" })).toBe("signedOut")
    expect(payoutProblem({ status: 500, message: "boom" })).toBe("failed")
    for (const messages of [vi, en]) {
      const page = messages.ProducerStatements as unknown as Record<string, Record<string, string>>
      for (const key of PAYOUT_PROBLEMS) expect(page.problems[key], key).toBeTruthy()
      for (const key of PAYOUT_DONE) expect(page.done[key], key).toBeTruthy()
    }
  })

  it("sends the account number without the spaces, dots or dashes banks print it with", () => {
    expect(typedAccountNumber(" 0123 456 789 ")).toBe("0123456789")
    expect(typedAccountNumber("0123-456.789")).toBe("0123456789")
    expect(typedAccountNumber("12a/34")).toBe("12a/34")
  })
})
