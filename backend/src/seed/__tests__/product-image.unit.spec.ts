import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { drawProductImage } from "../product-image"
import { GROUP_MOTIFS, groupMotif } from "../group-motifs"

const groups = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../../seed/data/product-groups.json"), "utf8"),
) as { groups: { code: string }[] }
const COLOURS: [string, string, string] = ["#eeeeee", "#999999", "#111111"]

describe("the demo's product pictures", () => {
  it("finding 9: each of the 26 OCOP product groups has a drawing of its own", () => {
    const codes = groups.groups.map((g) => g.code)
    expect(codes).toHaveLength(26)
    expect(codes.filter((c) => !GROUP_MOTIFS[c])).toEqual([])
    const drawings = new Set(codes.map((c) => groupMotif(c, COLOURS)))
    expect(drawings.size).toBe(26)
  })

  it("draws different pictures for products of different groups, as decodable images", async () => {
    const product = { title: "Sản phẩm mẫu", stars: 4, producer: "Hợp tác xã mẫu" }
    const pixels = async (groupCode: string) => {
      const image = await drawProductImage({ ...product, groupCode })
      const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
      expect([info.width, info.height]).toEqual([800, 800])
      return createHash("sha256").update(data).digest("hex")
    }
    const seen = new Set(await Promise.all(["I.4.a", "I.6", "IV.1", "I.2.a"].map(pixels)))
    expect(seen.size).toBe(4)
    // A deeper code than the taxonomy's draws its group's picture.
    expect(groupMotif("I.4.a.1", COLOURS)).toBe(groupMotif("I.4.a", COLOURS))
  })
})
