import { describe, expect, it } from "vitest"
import { toMeiliFilter } from "../filters"
import { toMeiliSettings } from "../settings"
import { meilisearchSynonyms } from "../../../search-mirror/synonyms"

describe("Medusa search filters as a Meilisearch filter expression", () => {
  it("translates what /store/search sends", () => {
    const filters = {
      $and: [
        { status: "published", sales_channel_ids: ["sc_1"] },
        { stars: { $in: [4, 5] }, commune_name: { $in: ["Gio Linh"] } },
      ],
    }
    expect(toMeiliFilter(filters)).toBe(
      '(status = "published" AND sales_channel_ids IN ["sc_1"]) AND (stars IN [4, 5] AND commune_name IN ["Gio Linh"])',
    )
  })

  it("covers comparisons, negation, alternatives, null and quoting", () => {
    expect(toMeiliFilter({ stars: { $gte: 4, $lt: 5 } })).toBe("stars >= 4 AND stars < 5")
    expect(toMeiliFilter({ $or: [{ group: "thuc-pham" }, { price: { $lte: 100000 } }] })).toBe(
      '(group = "thuc-pham" OR price <= 100000)',
    )
    expect(toMeiliFilter({ $not: { status: "draft" } })).toBe('NOT status = "draft"')
    expect(toMeiliFilter({ subtitle: null, handle: { $ne: null } })).toBe("subtitle IS NULL AND handle IS NOT NULL")
    expect(toMeiliFilter({ title: 'Kẹo "mè"' })).toBe('title = "Kẹo \\"mè\\""')
    expect(toMeiliFilter({ q: "mè" })).toBeUndefined()
  })

  it("refuses what Meilisearch cannot express", () => {
    expect(() => toMeiliFilter({ handle: { $like: "%me%" } })).toThrow(/cannot filter with \$like/)
  })
})

describe("index definition as Meilisearch settings", () => {
  it("orders searchable attributes by weight and keeps hidden fields hidden", () => {
    const settings = toMeiliSettings({
      fields: {
        description: { type: "text", searchable: true, retrievable: false },
        title: { type: "text", searchable: { weight: 3 } },
        status: { type: "keyword", filterable: true, retrievable: false },
        stars: { type: "integer", filterable: true, sortable: true, facetable: true },
      },
      settings: { provider_options: { meilisearch: { synonyms: { mè: ["vừng"] } } } },
    } as never)
    expect(settings).toEqual({
      searchableAttributes: ["title", "description"],
      filterableAttributes: ["status", "stars"],
      sortableAttributes: ["stars"],
      displayedAttributes: ["title", "stars"],
      synonyms: { mè: ["vừng"] },
      typoTolerance: { enabled: true },
      pagination: { maxTotalHits: 50_000 },
    })
  })
})

describe("synonym groups", () => {
  it("map every word of a group to the others", () => {
    expect(
      meilisearchSynonyms([
        ["Mè", "vừng"],
        ["hồ tiêu", "tiêu"],
      ]),
    ).toEqual({
      mè: ["vừng"],
      vừng: ["mè"],
      "hồ tiêu": ["tiêu"],
      tiêu: ["hồ tiêu"],
    })
    expect(meilisearchSynonyms()["nước mắm"]).toEqual(["mắm"])
  })
})
