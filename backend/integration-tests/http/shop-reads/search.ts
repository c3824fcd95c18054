import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { searchIndexCaughtUp } from "../../../src/propagation/search-index-caught-up"
import reindexSearch from "../../../src/scripts/reindex-search"
import { storeClient } from "../../../../test/support/store-client"
import { listingDecision } from "@ocop/core"
import { demoRegistry, seedDemoShop } from "../../helpers/demo"
import type { SuiteContext } from "../../helpers/runner"

type Hit = { id: string; document: { handle: string; title: string; stars: number; commune_name?: string } }
type SearchResult = { hits: Hit[]; facets: Record<string, unknown>; metadata: { count: number } }

/** search: a suite of shop-reads.spec.ts, on the shared demo shop that file boots. */
export function searchSuite({ api, getContainer }: SuiteContext) {
  let key: string
  let admin: { headers: { authorization: string } }

  beforeAll(async () => {
    ;({ publishableKey: key, admin } = await seedDemoShop(getContainer(), api))
  })

  const store = () => storeClient(api.defaults.baseURL as string, key)
  async function search(q: string, extra: Record<string, unknown> = {}): Promise<SearchResult> {
    const { results } = await store().call("POST", "/store/search", {
      entity: "product",
      filters: { q },
      search_options: { typo_tolerance: true },
      ...extra,
    })
    return results[0]
  }
  const top = async (q: string, n = 3) => (await search(q)).hits.slice(0, n).map((h) => h.document.handle)
  /** The index follows events asynchronously: wait until it has caught up with what we expect. */
  const eventually = (q: string, check: (handles: string[]) => boolean) =>
    expect.poll(async () => check(await top(q, 20)), { timeout: 20_000, interval: 250 }).toBe(true)

  it("finds Vietnamese products typed without diacritics, and syllables English search drops", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const expectations: [string, string][] = [
      ["nuoc mam", "nuoc-mam-tung-van"],
      ["ca phe khe sanh", "ca-phe-khe-sanh"],
      ["ho tieu", "hat-tieu-cua"],
      ["mè", "keo-me-xung-du-lieu-mau"],
      ["me xung", "keo-me-xung-du-lieu-mau"],
      // Misspelt and without marks: only typo tolerance over the folded words finds these.
      ["nuoc mamm tung van", "nuoc-mam-tung-van"],
      ["hat tieuu cua", "hat-tieu-cua"],
    ]
    for (const [q, handle] of expectations)
      expect({ q, top: await top(q) }).toEqual({ q, top: expect.arrayContaining([handle]) })
  })

  it("finding 10: words typed without the space between syllables find the products, misspellings still do", async () => {
    await eventually("ca phe", (h) => h.includes("ca-phe-khe-sanh"))
    for (const [joined, spaced, prefix] of [
      ["caphe", "ca phe", "ca-phe-"],
      ["nuocmam", "nuoc mam", "nuoc-mam-"],
      ["matong", "mat ong", "mat-ong-"],
    ]) {
      const found = (await top(joined, 20)).sort()
      expect({ joined, found: found.some((h) => h.startsWith(prefix)) }).toEqual({ joined, found: true })
      expect({ joined, found }).toEqual({ joined, found: (await top(spaced, 20)).sort() })
    }
    expect(await top("nuoc mamm")).toContain("nuoc-mam-tung-van")
    expect(await top("Cà phe")).toContain("ca-phe-khe-sanh")
  })

  it("ranks the query's exact tones above matches that only fold to it", async () => {
    // A listed product whose text holds "me", "mê" and "mẹ" (folded: all "me") in its title and
    // more often than the "mè" products do: folded text rank alone would put it first.
    const { data } = await api.get("/admin/products?handle=toi-den-quang-minh&fields=id", admin)
    const folded = {
      title: "Mứt me Quảng Minh",
      subtitle: "Me chua ngọt, mẹ làm",
      description: "Mứt me dẻo: me chín, đường, mê ly. Me ngào đường theo cách của mẹ.",
    }
    await api.post(`/admin/products/${data.products[0].id}`, folded, admin)
    await eventually("mut me", (h) => h.includes("toi-den-quang-minh"))
    const exact = ["dau-me-nguyen-chat-super-green", "keo-me-xung-du-lieu-mau"]
    for (const search_options of [{ typo_tolerance: true }, {}]) {
      const hits = (await search("mè", { search_options })).hits.map((h) => h.document.handle)
      expect({ search_options, top: hits.slice(0, 2).sort() }).toEqual({ search_options, top: exact })
      expect(hits).toContain("toi-den-quang-minh")
    }
    // Without marks nothing is preferred, and the folded match still finds the sesame candy.
    expect((await top("me xung", 1))[0]).toBe("keo-me-xung-du-lieu-mau")
    expect(await top("mut me", 1)).toEqual(["toi-den-quang-minh"])
  })

  it("holds only listed products: 2★, revoked, expired and suspended ones are never found", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const offShelf: [string, string][] = [
      ["banh gung", "banh-gung-du-lieu-mau"],
      ["cha ca", "cha-ca-du-lieu-mau"],
      ["bot san day", "bot-san-day-du-lieu-mau"],
      ["tranh gao", "tranh-gao-kieu-tran-phat"],
      ["tra la voi", "tra-la-voi-du-lieu-mau"],
    ]
    for (const [q, handle] of offShelf) {
      expect({ q, hits: await top(q, 50) }).toEqual({ q, hits: expect.not.arrayContaining([handle]) })
    }
  })

  it("facets and sorts by stars and commune, and filters by star count", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const result = await search("", {
      filters: { stars: { $gte: 4 } },
      search_options: { facets: ["stars", "commune", "group"] },
      pagination: { order: { stars: "DESC" }, take: 50 },
    })
    expect(result.hits.length).toBeGreaterThan(5)
    expect(result.hits.every((h) => h.document.stars >= 4)).toBe(true)
    expect(result.hits[0].document.stars).toBe(5)
    // Expected from the demo dataset through the same listing rule the shop uses.
    const { data } = demoRegistry()
    const listed = data.products.filter((p) => listingDecision([p.certificate], data.frameworks).listed)
    const count = (stars: number) => listed.filter((p) => p.certificate.stars === stars).length
    expect(result.facets.stars).toEqual({
      type: "value",
      values: expect.arrayContaining([
        { value: "4", count: count(4) },
        { value: "5", count: count(5) },
      ]),
    })
    expect(result.metadata.count).toBe(count(4) + count(5))
    const communes = result.facets.commune as { values: { count: number }[] }
    expect(communes.values.reduce((sum, v) => sum + v.count, 0)).toBe(count(4) + count(5))
  })

  it("a revocation removes the product from search in the same cycle; reinstating brings it back", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const { data } = await api.get("/admin/ocop/certificates?q=DEMO-QT-2026-0010", admin)
    const id = data.certificates[0].id
    const decision = { decision_number: "9/QĐ-UBND", decision_date: "2026-11-28" }
    const revoke = { status: "revoked", reason_code: "process_noncompliance", ...decision }
    await api.post(`/admin/ocop/certificates/${id}/status`, revoke, admin)
    await eventually("nuoc mam tung van", (h) => !h.includes("nuoc-mam-tung-van"))
    await api.post(`/admin/ocop/certificates/${id}/status`, { status: "active", ...decision }, admin)
    await eventually("nuoc mam tung van", (h) => h.includes("nuoc-mam-tung-van"))
  })

  it("tells the storefront cache when the index agrees with the database again, and not before", async () => {
    // What the storefront-cache subscriber waits for before expiring pages built from search results.
    const container = getContainer()
    const { data } = await api.get("/admin/products?handle=nuoc-mam-tung-van&fields=id", admin)
    const productId = data.products[0].id as string
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    expect(await searchIndexCaughtUp(container, [productId], { timeoutMs: 2_000 })).toBe(true)
    // A listed product missing from the index: not caught up.
    await container.resolve(Modules.SEARCH).deleteDocuments({ index: "product", filters: { id: [productId] } })
    expect(await searchIndexCaughtUp(container, [productId], { timeoutMs: 600, intervalMs: 100 })).toBe(false)
    await reindexSearch({ container, args: [] })
    expect(await searchIndexCaughtUp(container, [productId], { timeoutMs: 2_000 })).toBe(true)
  })

  it("the reindex command rebuilds the index from scratch with exactly the listed products", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const container = getContainer()
    const searchModule = container.resolve(Modules.SEARCH)
    const { data } = await api.get("/admin/products?limit=100&fields=id,handle,status", admin)
    const products = data.products as { id: string; handle: string; status: string }[]
    const idOf = (handle: string) => products.find((p) => p.handle === handle)!.id
    const listed = products.filter((p) => p.status === ProductStatus.PUBLISHED).map((p) => p.id)
    const indexedIds = async () => {
      const all = await searchModule.search({ entity: "product", filters: {}, pagination: { take: 100 } })
      return all.hits.map((h) => h.id).sort()
    }
    expect(await indexedIds()).toEqual([...listed].sort())

    // Corrupt it: a listed product goes missing, a 2★ one (never listed) gets in.
    await searchModule.deleteDocuments({ index: "product", filters: { id: [idOf("nuoc-mam-tung-van")] } })
    const stray = { id: idOf("banh-gung-du-lieu-mau"), handle: "banh-gung-du-lieu-mau", title: "Bánh gừng" }
    await searchModule.upsertDocuments({ index: "product", documents: [{ ...stray, status: "published", stars: 2 }] })
    expect(await indexedIds()).not.toEqual([...listed].sort())

    const reports = await reindexSearch({ container, args: [] })
    expect(reports).toEqual([{ index: "product", documents: listed.length, seconds: expect.any(Number) }])
    expect(await indexedIds()).toEqual([...listed].sort())
    expect(await top("nuoc mam")).toContain("nuoc-mam-tung-van")
  })

  it("reports the product index's state to officials, with no Meilisearch mirror configured", async () => {
    await eventually("nuoc mam", (h) => h.includes("nuoc-mam-tung-van"))
    const { data } = await api.get("/admin/search/status", admin)
    expect(data).toEqual({
      postgres: { index: "product", provider: "search-postgres", status: "ready" },
      meilisearch: { configured: false },
    })
    const anonymous = await api.get("/admin/search/status").catch((e: { response: { status: number } }) => e.response)
    expect(anonymous.status).toBe(401)
  })
}
