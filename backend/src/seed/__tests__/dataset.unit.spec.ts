import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { DatasetError, loadDataset } from "../dataset"

const SEED_DIR = path.resolve(__dirname, "../../../../seed/data")

describe("demo dataset", () => {
  it("is consistent: handles, GTINs, stars against scores, validity, references", () => {
    const data = loadDataset(SEED_DIR)
    expect(data.products.length).toBeGreaterThanOrEqual(40)
    const statuses = new Set(data.products.map((p) => p.certificate.status))
    expect(statuses).toEqual(new Set(["active", "expired", "revoked", "suspended"]))
    expect(data.products.some((p) => p.certificate.stars === 2)).toBe(true)
  })

  it("is refused whole, with each problem named, when rows are bad", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-seed-"))
    for (const f of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, f), path.join(dir, f))
    const products = JSON.parse(fs.readFileSync(path.join(dir, "products.json"), "utf8"))
    products[0].gtin = "8930000000017"
    products[1].handle = "Hạt tiêu"
    products[2].certificate.stars = 5
    products[3].handle = products[4].handle
    fs.writeFileSync(path.join(dir, "products.json"), JSON.stringify(products))
    try {
      loadDataset(dir)
      expect.unreachable("a broken dataset must be refused")
    } catch (err) {
      expect(err).toBeInstanceOf(DatasetError)
      const problems = (err as DatasetError).problems.join("\n")
      expect(problems).toContain(
        `products[0] (${products[0].handle}): GTIN 8930000000017: check digit is 7, expected 9`,
      )
      expect(problems).toContain("products[1] (Hạt tiêu): handle must be ASCII kebab-case")
      expect(problems).toMatch(/products\[2\] .*certificate stars 5★ does not match score/)
      expect(problems).toContain(`products[4] (${products[4].handle}): duplicate handle`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
