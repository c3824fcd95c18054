import { describe, expect, it } from "vitest"
import { knownCertificateKind, newCertificateKind, planChanges, type ShopState } from "../plan"
import { row } from "./fixtures"

const holder = { name: "HTX Thử nghiệm", type: "cooperative", commune_code: "19999", commune_id: "unit_1" }

function shop(over: Partial<ShopState> = {}): ShopState {
  return {
    products: new Map([["nuoc-mam-thu-nghiem", { id: "prod_1", has_subject: true, stale: false, certificates: [] }]]),
    certificates: new Map(),
    holders: new Map([["htx-thu-nghiem", holder]]),
    communes: new Map([["19999", { id: "unit_1" }]]),
    ...over,
  }
}
const stored = (over: Record<string, unknown> = {}) => ({ id: "ocert_1", ...row(), ...over })

describe("classifying a registry row", () => {
  it("a first active certificate is issued; more stars than the active ones upgrade; else it renews", () => {
    expect(newCertificateKind(row(), [])).toBe("issued")
    expect(newCertificateKind(row({ stars: 4 }), [{ stars: 3 }])).toBe("upgraded")
    expect(newCertificateKind(row({ stars: 4 }), [{ stars: 4 }])).toBe("renewed")
    expect(newCertificateKind(row({ stars: 3 }), [{ stars: 4 }])).toBe("renewed")
  })

  it("a new certificate that arrives revoked, expired or suspended is recorded in that state", () => {
    expect(newCertificateKind(row({ status: "revoked" }), [])).toBe("revoked")
    expect(newCertificateKind(row({ status: "expired" }), [{ stars: 3 }])).toBe("expired")
    expect(newCertificateKind(row({ status: "superseded" }), [])).toBe("updated")
  })

  it("a known certificate is unchanged, corrected, reinstated or moved to its new state", () => {
    expect(knownCertificateKind(row(), stored(), holder, "unit_1")).toBe("unchanged")
    expect(knownCertificateKind(row({ authority: "Sở NN" }), stored(), holder, "unit_1")).toBe("updated")
    expect(knownCertificateKind(row(), stored({ status: "suspended" }), holder, "unit_1")).toBe("reinstated")
    expect(knownCertificateKind(row({ status: "revoked" }), stored(), holder, "unit_1")).toBe("revoked")
  })

  it("a change of holder's name, type or commune is a correction of the record", () => {
    expect(knownCertificateKind(row({ subject_name: "HTX Mới" }), stored(), holder, "unit_1")).toBe("updated")
    expect(knownCertificateKind(row(), stored(), { ...holder, type: "enterprise" }, "unit_1")).toBe("updated")
    expect(knownCertificateKind(row(), stored(), holder, "unit_2")).toBe("updated")
    expect(knownCertificateKind(row(), stored(), undefined, "unit_1")).toBe("updated")
  })
})

describe("planning a registry run", () => {
  it("supersedes the product's active certificates with a new active one, and links it", () => {
    const products = new Map([
      [
        "nuoc-mam-thu-nghiem",
        {
          id: "prod_1",
          has_subject: false,
          stale: false,
          certificates: [
            { id: "ocert_old", number: "QT-2021-001", status: "active", stars: 3 },
            { id: "ocert_gone", number: "QT-2018-001", status: "expired", stars: 3 },
          ],
        },
      ],
    ])
    const { plan, problems } = planChanges([row()], shop({ products }))
    expect(problems).toEqual([])
    expect(plan).toEqual([
      expect.objectContaining({
        product_id: "prod_1",
        existing_id: null,
        kind: "upgraded",
        supersedes: ["ocert_old"],
        link_subject: true,
        link_certificate: true,
        relist: false,
      }),
    ])
  })

  it("relinks a stored certificate a killed run never linked, and relists a stale product", () => {
    const products = new Map([
      ["nuoc-mam-thu-nghiem", { id: "prod_1", has_subject: true, stale: true, certificates: [] }],
    ])
    const certificates = new Map([["QT-2024-001", stored()]])
    const { plan } = planChanges([row()], shop({ products, certificates }))
    expect(plan[0]).toMatchObject({ kind: "unchanged", existing_id: "ocert_1", link_certificate: true, relist: true })
  })

  it("reports unknown products and communes as row problems and plans the rest", () => {
    const rows = [
      row({ row: 2 }),
      row({ row: 3, certificate_number: "QT-X", product_handle: "khong-co" }),
      row({ row: 4, certificate_number: "QT-Y", subject_commune_code: "00000" }),
    ]
    const communes = new Map([
      ["19999", { id: "unit_1" }],
      ["00000", { id: null, unknown: "unknown commune code 00000 (not in the register)" }],
    ])
    const { plan, problems } = planChanges(rows, shop({ communes }))
    expect(plan.map((p) => p.row.row)).toEqual([2])
    expect(problems).toEqual([
      { row: 3, field: "product_handle", reason: "no product with handle khong-co" },
      { row: 4, field: "subject_commune_code", reason: "unknown commune code 00000 (not in the register)" },
    ])
  })

  it("keeps a split commune undecided instead of guessing", () => {
    const { plan } = planChanges([row()], shop({ communes: new Map([["19999", { id: null }]]) }))
    expect(plan[0].commune_id).toBeNull()
  })
})
