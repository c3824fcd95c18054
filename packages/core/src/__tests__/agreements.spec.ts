import { describe, expect, it } from "vitest"
import { acceptsDeliveries, canMoveAgreement, signedStatus, statusAfterDelivery } from "../agreements"

describe("agreement life", () => {
  it("signs an MoU or a contract from a draft, and lets an MoU become a contract", () => {
    expect(signedStatus("mou")).toBe("signed_mou")
    expect(signedStatus("contract")).toBe("contract")
    expect(canMoveAgreement("draft", "signed_mou")).toBe(true)
    expect(canMoveAgreement("signed_mou", "contract")).toBe(true)
    expect(canMoveAgreement("contract", "signed_mou")).toBe(false)
  })

  it("keeps final statuses final", () => {
    for (const to of ["draft", "contract", "in_delivery", "cancelled"] as const) {
      expect(canMoveAgreement("fulfilled", to)).toBe(false)
      expect(canMoveAgreement("cancelled", to)).toBe(false)
    }
  })

  it("takes deliveries on a contract only, and fulfils it when the value is reached", () => {
    expect(acceptsDeliveries("signed_mou")).toBe(false)
    expect(acceptsDeliveries("contract")).toBe(true)
    expect(statusAfterDelivery("contract", 40_000_000, 100_000_000)).toBe("in_delivery")
    expect(statusAfterDelivery("in_delivery", 100_000_000, 100_000_000)).toBe("fulfilled")
    expect(statusAfterDelivery("signed_mou", 100_000_000, 100_000_000)).toBe("signed_mou")
  })
})
